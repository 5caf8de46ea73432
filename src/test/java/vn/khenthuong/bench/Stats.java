package vn.khenthuong.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Median and spread of repeated measurements; percentiles of latency samples. */
final class Stats {

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] samples, double p) {
        double[] v = samples.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    /** "12.3 (11.9–12.8)": median of the repetitions, then their range. */
    static String spread(List<Double> values, String format) {
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(values), min(values), max(values));
    }

    private Stats() {
    }
}
