package deploy

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"
	"testing"
)

// A small NetworkPolicy evaluator: the tests ask "may A open a connection to B on port P?" and
// get the answer Kubernetes would give for the rendered policies, so the flows are checked as
// behaviour rather than as YAML shapes.

type netpolPeer struct {
	PodSelector       *labelSelector
	NamespaceSelector *labelSelector
	IPBlock           *struct {
		CIDR   string
		Except []string
	}
}

type netpolPort struct {
	Port     any
	Protocol string
}

type netpolRule struct {
	From, To []netpolPeer
	Ports    []netpolPort
}

type netpol struct {
	name string
	ns   string
	Spec struct {
		PodSelector labelSelector
		PolicyTypes []string
		Ingress     []netpolRule
		Egress      []netpolRule
	}
}

// endpoint is a pod (namespace + labels) or an address outside the cluster.
type endpoint struct {
	name   string
	ns     string
	labels map[string]string
	ip     netip.Addr // set for addresses outside the cluster
}

func (e endpoint) isPod() bool { return !e.ip.IsValid() }

func podIn(ns string, labels map[string]string, name string) endpoint {
	return endpoint{name: name, ns: ns, labels: labels}
}

func external(addr string) endpoint {
	return endpoint{name: addr, ip: netip.MustParseAddr(addr)}
}

func (p netpolPeer) matches(policyNS string, e endpoint) bool {
	if p.IPBlock != nil {
		if e.isPod() {
			return false // pod-to-pod traffic is matched by selectors here
		}
		pfx, err := netip.ParsePrefix(p.IPBlock.CIDR)
		if err != nil || !pfx.Contains(e.ip) {
			return false
		}
		for _, ex := range p.IPBlock.Except {
			if x, err := netip.ParsePrefix(ex); err == nil && x.Contains(e.ip) {
				return false
			}
		}
		return true
	}
	if !e.isPod() {
		return false
	}
	if p.NamespaceSelector != nil {
		if !p.NamespaceSelector.matches(map[string]string{"kubernetes.io/metadata.name": e.ns}) {
			return false
		}
	} else if e.ns != policyNS {
		return false
	}
	return p.PodSelector.matches(e.labels)
}

func portsMatch(ports []netpolPort, port int, proto string) bool {
	if len(ports) == 0 {
		return true
	}
	for _, p := range ports {
		pp := p.Protocol
		if pp == "" {
			pp = "TCP"
		}
		if pp == proto && fmt.Sprint(p.Port) == fmt.Sprint(port) {
			return true
		}
	}
	return false
}

// allowed answers whether src may connect to dst:port/proto under the policies.
func allowed(pols []netpol, src, dst endpoint, port int, proto string) bool {
	direction := func(e endpoint, kind string, rules func(netpol) []netpolRule, peer func(netpolRule) []netpolPeer, other endpoint) bool {
		if !e.isPod() {
			return true
		}
		selected := false
		for _, p := range pols {
			if p.ns != e.ns || !slices.Contains(p.Spec.PolicyTypes, kind) || !p.Spec.PodSelector.matches(e.labels) {
				continue
			}
			selected = true
			for _, r := range rules(p) {
				peers := peer(r)
				ok := len(peers) == 0
				for _, pe := range peers {
					ok = ok || pe.matches(p.ns, other)
				}
				if ok && portsMatch(r.Ports, port, proto) {
					return true
				}
			}
		}
		return !selected
	}
	egress := direction(src, "Egress", func(p netpol) []netpolRule { return p.Spec.Egress }, func(r netpolRule) []netpolPeer { return r.To }, dst)
	ingress := direction(dst, "Ingress", func(p netpol) []netpolRule { return p.Spec.Ingress }, func(r netpolRule) []netpolPeer { return r.From }, src)
	return egress && ingress
}

func TestNetpolEvaluator(t *testing.T) {
	t.Parallel()
	// A hand-made policy set to make sure the evaluator itself says no when it should.
	var deny, web netpol
	deny.ns, web.ns = "ns", "ns"
	deny.Spec.PolicyTypes = []string{"Ingress", "Egress"}
	web.Spec.PodSelector = labelSelector{MatchLabels: map[string]string{"app": "web"}}
	web.Spec.PolicyTypes = []string{"Ingress"}
	web.Spec.Ingress = []netpolRule{{From: []netpolPeer{{PodSelector: &labelSelector{MatchLabels: map[string]string{"app": "client"}}}}, Ports: []netpolPort{{Port: 80}}}}
	client := podIn("ns", map[string]string{"app": "client"}, "client")
	server := podIn("ns", map[string]string{"app": "web"}, "web")
	if allowed([]netpol{deny, web}, client, server, 80, "TCP") {
		t.Error("default deny egress of the client was ignored")
	}
	open := deny
	open.Spec.PolicyTypes = []string{"Ingress"}
	if !allowed([]netpol{open, web}, client, server, 80, "TCP") {
		t.Error("allowed ingress was refused")
	}
	if allowed([]netpol{open, web}, client, server, 81, "TCP") {
		t.Error("wrong port was allowed")
	}
	if allowed([]netpol{open, web}, podIn("other", map[string]string{"app": "client"}, "x"), server, 80, "TCP") {
		t.Error("a pod selector without namespaceSelector matched another namespace")
	}
}

func TestHelmNetworkPolicies(t *testing.T) {
	t.Parallel()
	for _, c := range renderCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ms := renderChart(t, c)
			var pols []netpol
			defaultDeny := false
			for _, o := range ms.ofKind("NetworkPolicy") {
				var p netpol
				o.decode(t, &p)
				p.name, p.ns = o.Metadata.Name, c.namespace
				pols = append(pols, p)
				if len(p.Spec.PodSelector.MatchLabels) == 0 && len(p.Spec.PodSelector.MatchExpressions) == 0 &&
					slices.Contains(p.Spec.PolicyTypes, "Ingress") && slices.Contains(p.Spec.PolicyTypes, "Egress") &&
					len(p.Spec.Ingress) == 0 && len(p.Spec.Egress) == 0 {
					defaultDeny = true
				}
			}
			if !defaultDeny {
				t.Fatal("no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)")
			}
			pods := map[string]endpoint{}
			ports := map[string]int{}
			for _, w := range workloads(t, ms) {
				pods[w.role] = podIn(c.namespace, w.dep.Spec.Template.Metadata.Labels, w.role)
				ports[w.role] = w.dep.Spec.Template.Spec.Containers[0].Ports[0].ContainerPort
			}
			ingressCtl := podIn("ingress-nginx", map[string]string{"app.kubernetes.io/name": "ingress-nginx"}, "ingress-nginx")
			prometheus := podIn("monitoring", map[string]string{"app.kubernetes.io/name": "prometheus"}, "prometheus")
			stranger := podIn(c.namespace, map[string]string{"app": "something-else"}, "stranger")
			dns := podIn("kube-system", map[string]string{"k8s-app": "kube-dns"}, "kube-dns")
			internet := external("93.184.216.34")
			expect := func(src, dst endpoint, port int, proto string, want bool) {
				t.Helper()
				if got := allowed(pols, src, dst, port, proto); got != want {
					t.Errorf("%s -> %s:%d/%s allowed = %v, want %v", src.name, dst.name, port, proto, got, want)
				}
			}
			arms := []string{}
			for role := range pods {
				if !slices.Contains([]string{"reflex", "orchestrator", "all"}, role) {
					arms = append(arms, role)
				}
			}
			slices.Sort(arms)
			front := []string{"reflex", "orchestrator"}
			if c.mode == "all" {
				front = []string{"all"}
			}
			for role, pod := range pods {
				// Everyone resolves names and is scraped; nobody outside the release gets in.
				expect(pod, dns, 53, "UDP", true)
				expect(prometheus, pod, ports[role], "TCP", true)
				expect(stranger, pod, ports[role], "TCP", false)
				// Public traffic reaches only the front roles.
				expect(ingressCtl, pod, ports[role], "TCP", slices.Contains(front, role))
				// The internet on 80 only through the executor's egress proxy; 443 for it and the
				// LLM-calling roles; never cluster-internal or metadata addresses that way.
				executor := role == "executor" || role == "all"
				llm := slices.Contains([]string{"orchestrator", "planner", "coder", "judge", "all"}, role)
				expect(pod, internet, 80, "TCP", executor)
				expect(pod, internet, 443, "TCP", executor || llm)
				expect(pod, external("169.254.169.254"), 80, "TCP", false)
				expect(pod, external("10.1.2.3"), 443, "TCP", false)
			}
			if c.mode == "split" {
				orch := pods["orchestrator"]
				expect(pods["reflex"], orch, ports["orchestrator"], "TCP", true)
				expect(orch, pods["reflex"], ports["reflex"], "TCP", true)
				for _, a := range arms {
					// The orchestrator drives every arm; arms answer and fetch keys from it.
					expect(orch, pods[a], ports[a], "TCP", true)
					expect(pods[a], orch, ports["orchestrator"], "TCP", true)
					expect(pods["reflex"], pods[a], ports[a], "TCP", false)
					for _, b := range arms {
						if a != b {
							expect(pods[a], pods[b], ports[b], "TCP", false)
						}
					}
				}
			}
			// Environments: every role reaches PostgreSQL and Redis in the private services range.
			if c.env {
				var dsCIDR string
				for _, p := range pols {
					if strings.HasSuffix(p.name, "-datastores") {
						dsCIDR = p.Spec.Egress[0].To[0].IPBlock.CIDR
					}
				}
				if dsCIDR == "" {
					t.Fatal("no data-store egress policy")
				}
				db := endpoint{name: "cloudsql", ip: netip.MustParsePrefix(dsCIDR).Addr().Next().Next()}
				for role, pod := range pods {
					_ = role
					expect(pod, db, 5432, "TCP", true)
					expect(pod, db, 6378, "TCP", true)
					expect(pod, db, 22, "TCP", false)
				}
			}
		})
	}
}
