package vn.khenthuong.emulation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the block's year end.
 *
 * @param flagPlaces         how many leading units the block may propose for the province's emulation flag (Cờ thi đua
 *                           của UBND tỉnh). Luật Thi đua, khen thưởng 2022, Điều 26 khoản 1: the flag goes to collectives
 *                           "dẫn đầu" their block [check]; how many per block is the province's regulation on blocks,
 *                           not in our sources: 1 is minh hoạ.
 * @param commendationPlaces how many of the next units are proposed for the chairman's Bằng khen (minh hoạ: 2).
 *                           The proposals are filed by the head unit's officer who submits them (no configured filer).
 */
@ConfigurationProperties("khenthuong.block-year-end")
public record BlockYearEndProperties(@DefaultValue("1") int flagPlaces, @DefaultValue("2") int commendationPlaces) {
}
