"""Great Expectations suites (one JSON file per curated table) and the quality gate that runs them."""
