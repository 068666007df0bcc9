package io.newsextract.ner;

import java.util.List;

/** Labels the words of one sentence with entity classes (O for none). Implementations are thread-safe. */
public interface SequenceLabeler {

    List<String> labels(List<String> words);
}
