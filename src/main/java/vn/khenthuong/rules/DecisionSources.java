package vn.khenthuong.rules;

import java.util.Map;

/** The DMN files the engine evaluates now (latest deployed version of each), by resource name; implemented by the engine adapter. */
public interface DecisionSources {

    /** Resource name ({@code processes/quota.dmn}) to the deployed XML. */
    Map<String, byte[]> deployedDmn();
}
