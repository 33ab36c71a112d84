"""The shipped injection classifier: weights, training script and model card."""
