package nl.handreiking.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.Where;

/** Finds municipalities and provinces. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    /** The filters of a region search; empty means "any". */
    record Filter(Optional<RegionType> type, Optional<String> province, Optional<String> text) {
    }

    Page<Region> search(Filter filter, PageRequest.Bounds bounds) {
        Where where = new Where()
                .and("r.type = :type", "type", filter.type().map(RegionType::apiValue))
                .and("r.province.code = :province", "province", filter.province())
                .and("r.searchName like :text escape '\\'", "text", filter.text().map(text -> "%" + Where.likeEscaped(Region.searchable(text)) + "%"));
        long total = Region.count("from Region r" + where.clause(), where.params());
        List<Region> items = Region.<Region>find("select r from Region r left join fetch r.province" + where.clause()
                        + " order by case when r.type = 'province' then 0 else 1 end, r.searchName", where.params())
                .range(bounds.offset(), bounds.lastIndex())
                .list();
        return Page.of(items, bounds, total);
    }

    Optional<Region> find(String code) {
        return Region.find("select r from Region r left join fetch r.province where r.code = ?1", code).firstResultOptional();
    }
}
