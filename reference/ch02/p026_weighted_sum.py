from reference.perceptron import weighted_sum

__all__ = ["weighted_sum"]
