package storepg

// VectorLiteral exposes vectorLiteral to the package's external tests.
func VectorLiteral(v []float32) string { return vectorLiteral(v) }
