package federation

// CheckProof is checkProof, for the external tests of the proof syntax.
var CheckProof = checkProof
