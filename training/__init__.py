"""Everything that builds the model from data: the written-data generators (``training.datagen``)."""
