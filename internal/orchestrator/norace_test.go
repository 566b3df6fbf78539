//go:build !race

package orchestrator_test

// raceEnabled says the tests run with the race detector.
const raceEnabled = false
