package vn.khenthuong.nomination;

/** Đối tượng: cá nhân, tập thể, hộ gia đình, doanh nghiệp. */
public enum NomineeKind { INDIVIDUAL, COLLECTIVE, HOUSEHOLD, ENTERPRISE }
