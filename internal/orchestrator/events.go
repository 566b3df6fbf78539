package orchestrator

import "sync"

// broker fans task events out to in-process subscribers (the SSE
// handlers). Events from other processes reach subscribers through the
// handler's store polling instead.
type broker struct {
	mu   sync.Mutex
	subs map[string]map[chan Event]struct{}
}

func newBroker() *broker { return &broker{subs: map[string]map[chan Event]struct{}{}} }

func (b *broker) subscribe(taskID string) (<-chan Event, func()) {
	ch := make(chan Event, 64)
	b.mu.Lock()
	if b.subs[taskID] == nil {
		b.subs[taskID] = map[chan Event]struct{}{}
	}
	b.subs[taskID][ch] = struct{}{}
	b.mu.Unlock()
	return ch, func() {
		b.mu.Lock()
		delete(b.subs[taskID], ch)
		if len(b.subs[taskID]) == 0 {
			delete(b.subs, taskID)
		}
		b.mu.Unlock()
	}
}

// publish never blocks: a subscriber that falls 64 events behind misses
// some, and catches up from the store snapshot it polls.
func (b *broker) publish(e Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs[e.TaskID] {
		select {
		case ch <- e:
		default:
		}
	}
}
