//go:build !race

package reflex

const raceEnabled = false
