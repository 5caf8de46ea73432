package vn.khenthuong.catalog;

public enum Tier { PROVINCE, DISTRICT, COMMUNE }
