package io.newsextract.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Matching counts for one article or a sum of articles, and the figures they give. */
public final class Counts {

    int docs;
    int missing;
    int quoteTp, quotePred, quoteGold;
    int speakerOk, speakerScored;
    int indirectTp, indirectPred, indirectGold;
    int sectorTp, sectorPred, sectorGold;
    int pledgeTp, pledgePred, pledgeGold;
    int amountTp, amountPred, amountGold;
    int entityTp, entityPred, entityGold;

    public void add(Counts o) {
        docs += o.docs;
        missing += o.missing;
        quoteTp += o.quoteTp;
        quotePred += o.quotePred;
        quoteGold += o.quoteGold;
        speakerOk += o.speakerOk;
        speakerScored += o.speakerScored;
        indirectTp += o.indirectTp;
        indirectPred += o.indirectPred;
        indirectGold += o.indirectGold;
        sectorTp += o.sectorTp;
        sectorPred += o.sectorPred;
        sectorGold += o.sectorGold;
        pledgeTp += o.pledgeTp;
        pledgePred += o.pledgePred;
        pledgeGold += o.pledgeGold;
        amountTp += o.amountTp;
        amountPred += o.amountPred;
        amountGold += o.amountGold;
        entityTp += o.entityTp;
        entityPred += o.entityPred;
        entityGold += o.entityGold;
    }

    /** The figures under the reference scorer's names (quote_p, speaker_acc, pledge_f1, …). */
    public Map<String, Object> figures() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docs", docs);
        out.put("missingRecords", missing);
        prf(out, "quote", quoteTp, quotePred, quoteGold);
        out.put("speaker_acc", speakerScored == 0 ? 0.0 : (double) speakerOk / speakerScored);
        if (indirectGold > 0) {
            prf(out, "indirect", indirectTp, indirectPred, indirectGold);
        }
        if (sectorGold > 0) {
            prf(out, "sector", sectorTp, sectorPred, sectorGold);
        }
        if (pledgeGold > 0) {
            prf(out, "pledge", pledgeTp, pledgePred, pledgeGold);
        }
        if (amountGold > 0) {
            prf(out, "amount", amountTp, amountPred, amountGold);
        }
        if (entityGold > 0) {
            prf(out, "entity", entityTp, entityPred, entityGold);
        }
        return out;
    }

    /** A figure as the {@code eval} command prints it (three decimals for rates), so other views show the same. */
    public static String format(Object figure) {
        return figure instanceof Double d ? String.format("%.3f", d) : String.valueOf(figure);
    }

    private static void prf(Map<String, Object> out, String name, int tp, int pred, int gold) {
        double p = pred == 0 ? 0.0 : (double) tp / pred;
        double r = gold == 0 ? 0.0 : (double) tp / gold;
        out.put(name + "_p", p);
        out.put(name + "_r", r);
        out.put(name + "_f1", p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }
}
