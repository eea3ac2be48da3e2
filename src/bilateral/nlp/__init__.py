"""spaCy loading, sentence splitting and the cheap pass that picks sentences to parse."""

from bilateral.nlp.pipeline import load_nlp, parse_sentences, split_sentences

__all__ = ["load_nlp", "parse_sentences", "split_sentences"]
