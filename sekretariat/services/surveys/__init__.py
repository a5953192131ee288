"""The survey engine: questionnaires per year and audience, responses typed
from paper forms, and the indices (CSI, medians) for the annual report."""
