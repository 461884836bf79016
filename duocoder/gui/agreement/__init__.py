"""Analysis ▸ Intercoder agreement: the coefficients per code, and the review of the units
where the coders differ, with "accept this version" and the consensus coder."""
