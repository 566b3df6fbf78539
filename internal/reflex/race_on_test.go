//go:build race

package reflex

// raceEnabled slows timing assertions down: the race detector costs ~10x.
const raceEnabled = true
