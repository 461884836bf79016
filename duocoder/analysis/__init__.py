"""Pure analysis functions over plain data: code co-occurrence, code × role/case/document
matrices, duo comparisons, stakeholder comparisons and quote lists, each result with the
`Definition` of what it counted. No database and no Qt here: the app layer loads, these
functions count, and the tests check them against brute-force oracles."""
