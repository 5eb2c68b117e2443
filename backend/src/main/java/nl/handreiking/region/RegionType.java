package nl.handreiking.region;

import nl.handreiking.common.ApiEnum;

/** The kinds of region: a municipality (gemeente) or a province (provincie). */
public enum RegionType implements ApiEnum {
    MUNICIPALITY("municipality"),
    PROVINCE("province");

    private final String apiValue;

    RegionType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
