package vn.khenthuong.workflow.migration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of process version migration ({@code khenthuong.migration.*}).
 *
 * @param synchronousLimit up to this many instances move at once, in the request (one transaction each); more go to a
 *                         Camunda batch run by the job executor, whose progress the page follows
 */
@Validated
@ConfigurationProperties("khenthuong.migration")
record MigrationProperties(@DefaultValue("50") @Min(0) @Max(1000) int synchronousLimit) {
}
