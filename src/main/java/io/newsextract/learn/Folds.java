package io.newsextract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Cross-validation folds by document: document i (in the order given) goes to fold i mod k, never split. */
public final class Folds {

    private Folds() {
    }

    /** The fold of each item, by the index of its document among {@code documents}. */
    public static <T> List<List<T>> byDocument(List<T> documents, int k) {
        List<List<T>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < documents.size(); i++) {
            folds.get(i % k).add(documents.get(i));
        }
        return folds;
    }

    /** All documents but fold {@code held}. */
    public static <T> List<T> without(List<List<T>> folds, int held) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            if (i != held) {
                out.addAll(folds.get(i));
            }
        }
        return out;
    }

    /** Precision, recall and F1 from counts; printed as {@code P 0.000 R 0.000 F1 0.000}. */
    public record Prf(int tp, int predicted, int gold) {
        public double p() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        public double r() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        public Prf plus(Prf o) {
            return new Prf(tp + o.tp, predicted + o.predicted, gold + o.gold);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (tp %d, predicted %d, gold %d)", p(), r(), f1(), tp,
                    predicted, gold);
        }
    }

    /** Counts of a binary decision over items: {@code truth} and {@code guess} say positive or not. */
    public static <T> Prf count(List<T> items, Function<T, Boolean> truth, Function<T, Boolean> guess) {
        int tp = 0, pred = 0, gold = 0;
        for (T t : items) {
            boolean g = truth.apply(t), p = guess.apply(t);
            tp += g && p ? 1 : 0;
            pred += p ? 1 : 0;
            gold += g ? 1 : 0;
        }
        return new Prf(tp, pred, gold);
    }
}
