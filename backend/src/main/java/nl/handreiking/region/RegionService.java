package nl.handreiking.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;

/** Finds municipalities and provinces. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    /** The filters of a region search; empty means "any". */
    record Filter(Optional<RegionType> type, Optional<String> province, Optional<String> text) {
    }

    Page<Region> search(Filter filter, PageRequest.Bounds bounds) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter.type().ifPresent(type -> {
            conditions.add("r.type = :type");
            params.put("type", type.apiValue());
        });
        filter.province().ifPresent(province -> {
            conditions.add("r.province.code = :province");
            params.put("province", province);
        });
        filter.text().ifPresent(text -> {
            conditions.add("r.searchName like :text escape '\\'");
            params.put("text", "%" + escapeLike(Region.searchable(text)) + "%");
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = Region.count("from Region r" + where, params);
        List<Region> items = Region.<Region>find("select r from Region r left join fetch r.province" + where
                        + " order by case when r.type = 'province' then 0 else 1 end, r.searchName", params)
                .range(bounds.offset(), bounds.offset() + bounds.size() - 1)
                .list();
        return Page.of(items, bounds, total);
    }

    Optional<Region> find(String code) {
        return Region.find("select r from Region r left join fetch r.province where r.code = ?1", code).firstResultOptional();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
