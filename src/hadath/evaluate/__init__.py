"""Evaluation against gold data: sentence-level event detection (``events``), event places
(``locations``) and dates (``dates``), and NER (``ner``).

The scorers are pure functions over gold and predictions; ``hadath eval`` (``hadath.cli.evaluate``)
runs the engine and prints the tables.
"""
