package nl.handreiking.region;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.Where;

/** Finds municipalities and provinces. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    /** The filters of a region search; empty means "any". */
    record Filter(Optional<RegionType> type, Optional<String> province, Optional<String> text) {}

    Page<Region> search(Filter filter, PageRequest.Bounds bounds) {
        Where where = where(filter);
        long total = Region.count("from Region r" + where.clause(), where.params());
        List<Region> items =
                found(where).range(bounds.offset(), bounds.lastIndex()).list();
        return Page.of(items, bounds, total);
    }

    /** Every region that matches, in the order of the search, for an export. */
    List<Region> all(Filter filter) {
        return found(where(filter)).list();
    }

    private static PanacheQuery<Region> found(Where where) {
        return Region.<Region>find(
                "select r from Region r left join fetch r.province" + where.clause()
                        + " order by case when r.type = 'province' then 0 else 1 end, r.searchName",
                where.params());
    }

    private static Where where(Filter filter) {
        return new Where()
                .and("r.type = :type", "type", filter.type().map(RegionType::apiValue))
                .and("r.province.code = :province", "province", filter.province())
                .and(
                        "r.searchName like :text escape '\\'",
                        "text",
                        filter.text().map(text -> "%" + Where.likeEscaped(Region.searchable(text)) + "%"));
    }

    /** A region with its province, as other features show it. */
    public record Place(String code, String name, String type, String provinceCode, String provinceName) {}

    /** Reference data does not change while the application runs: places are looked up once. */
    private final Map<String, Place> places = new ConcurrentHashMap<>();

    /** The region with this code and its province (a province is its own). */
    public Optional<Place> place(String code) {
        if (places.isEmpty()) {
            Region.<Region>find("select r from Region r left join fetch r.province").stream()
                    .forEach(region -> places.put(
                            region.code,
                            new Place(
                                    region.code,
                                    region.name,
                                    region.type,
                                    region.province == null ? region.code : region.province.code,
                                    region.province == null ? region.name : region.province.name)));
        }
        return Optional.ofNullable(code).map(places::get);
    }

    /** The twelve provinces, by name. */
    public List<Place> provinces() {
        place(null);
        return places.values().stream()
                .filter(place -> place.type().equals(RegionType.PROVINCE.apiValue()))
                .sorted(java.util.Comparator.comparing(Place::name))
                .toList();
    }

    /** How many municipalities each province has (by province code), and the country under "NL". */
    public Map<String, Long> municipalityCounts() {
        place(null);
        Map<String, Long> counts = new java.util.HashMap<>(places.values().stream()
                .filter(p -> p.type().equals(RegionType.MUNICIPALITY.apiValue()))
                .collect(java.util.stream.Collectors.groupingBy(
                        Place::provinceCode, java.util.stream.Collectors.counting())));
        counts.put("NL", counts.values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }

    Optional<Region> find(String code) {
        return Region.find("select r from Region r left join fetch r.province where r.code = ?1", code)
                .firstResultOptional();
    }
}
