package nl.handreiking.common;

/** An enum whose constants have a fixed spelling in the API, independent of their Java names. */
public interface ApiEnum {

    String apiValue();
}
