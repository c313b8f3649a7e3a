"""Natural-language stages: model loading, entities, quotes, claims, embeddings."""
