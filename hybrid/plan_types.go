package hybrid

import (
	"errors"
	"strconv"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/version"
)

// DeploymentPlan is the result of [Plan]: the ordered steps that take an
// organization from where it is to the hybrid deployment it describes, and
// the before/after table of where each service is answered. The same
// organization and options always give the same plan.
type DeploymentPlan struct {
	Organization string       `json:"organization"`
	Tenant       string       `json:"tenant"`
	Date         version.Date `json:"date"`
	Type         Type         `json:"type"`
	Steps        []Step       `json:"steps"`
	Services     []ServiceRow `json:"services"`
}

// Phase groups steps; phases run in this order.
type Phase uint8

// The phases of a hybrid deployment.
const (
	PhaseUnknown       Phase = iota // invalid
	PhasePrerequisites              // bring servers to the required updates, add hybrid servers
	PhaseCertificates               // the third-party certificate on every hybrid server
	PhaseNamespaces                 // virtual directory URLs and public DNS records
	PhaseHybridConfig               // the HybridConfiguration object: the desired state the wizard records
	PhaseFederation                 // federation trust, domain proofs, OAuth
	PhaseSharing                    // organization relationships, availability address space
	PhaseDomains                    // coexistence domain and email address policies
	PhaseMailFlow                   // connectors and the receive connector capability
	PhaseClients                    // OWA redirection, MRS proxy, migration endpoint
	PhaseCutover                    // MX change

	phaseCount = iota
)

var phaseNames = [phaseCount]string{"Unknown", "Prerequisites", "Certificates", "Namespaces", "HybridConfiguration", "Federation", "Sharing", "Domains", "MailFlow", "Clients", "Cutover"}

// String returns the phase's name.
func (p Phase) String() string {
	if p < phaseCount {
		return phaseNames[p]
	}
	return "Phase(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (p Phase) MarshalText() ([]byte, error) {
	if p == PhaseUnknown || p >= phaseCount {
		return nil, errors.New("hybrid: invalid phase " + p.String())
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Phase) UnmarshalText(text []byte) error {
	for v := PhasePrerequisites; v < phaseCount; v++ {
		if string(text) == phaseNames[v] {
			*p = v
			return nil
		}
	}
	return errors.New("hybrid: unknown phase " + strconv.Quote(string(text)))
}

// Action says what a step does to its target, in the manner of Terraform's
// plan actions. The zero Action is not valid.
type Action uint8

// The actions.
const (
	ActionUnknown Action = iota // invalid
	Create                      // a new object, server or record
	Update                      // a change to something that exists
	Replace                     // remove something and create it anew

	actionCount = iota
)

var actionNames = [actionCount]string{"Unknown", "Create", "Update", "Replace"}

// String returns "Create", "Update" or "Replace".
func (a Action) String() string {
	if a < actionCount {
		return actionNames[a]
	}
	return "Action(" + strconv.Itoa(int(a)) + ")"
}

// IsValid reports whether a is Create, Update or Replace.
func (a Action) IsValid() bool { return a > ActionUnknown && a < actionCount }

// IsDisruptive reports whether the action itself removes something that is
// in use. Steps can also be disruptive because of what they change (an MX
// record, a server update); see [Step.Disruptive].
func (a Action) IsDisruptive() bool { return a == Replace }

// MarshalText implements encoding.TextMarshaler.
func (a Action) MarshalText() ([]byte, error) {
	if a == ActionUnknown || a >= actionCount {
		return nil, errors.New("hybrid: invalid action " + a.String())
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Action) UnmarshalText(text []byte) error {
	for v := Create; v < actionCount; v++ {
		if string(text) == actionNames[v] {
			*a = v
			return nil
		}
	}
	return errors.New("hybrid: unknown action " + strconv.Quote(string(text)))
}

// Location says where a step is carried out.
type Location string

// The locations.
const (
	OnPremises     Location = "OnPremises"     // the on-premises organization (Exchange Management Shell)
	ExchangeOnline Location = "ExchangeOnline" // the tenant (Exchange Online PowerShell)
	PublicDNS      Location = "PublicDNS"      // the public DNS zones of the hybrid domains
	Server         Location = "Server"         // one server: setup, certificates
)

// Step is one change of the plan.
type Step struct {
	// ID is a stable key: "upgrade/EX2007", "connector/send".
	ID string `json:"id"`
	// Phase groups the step.
	Phase Phase `json:"phase"`
	// Action is what the step does to its target.
	Action Action `json:"action"`
	// Where the step is carried out.
	Where Location `json:"where"`
	// Target names the object, server or record changed.
	Target string `json:"target"`
	// Summary says what the step does, in one sentence.
	Summary string `json:"summary"`
	// Changes are the settings the step sets, in order.
	Changes []Change `json:"changes,omitempty"`
	// Reason is the code of the rule that calls for the step.
	Reason exhybrid.Code `json:"reason"`
	// Disruptive is true for a step that interrupts service while it runs
	// or changes where mail or clients go.
	Disruptive bool `json:"disruptive,omitempty"`
	// DependsOn holds the indices (into Steps) of the steps that must be
	// done first.
	DependsOn []int `json:"dependsOn,omitempty"`
	// Commands are the Exchange Management Shell, Exchange Online
	// PowerShell or DNS entries that would carry the step out, for review.
	// The library never runs them.
	Commands []Command `json:"commands,omitempty"`
}

// Change is one setting a step sets.
type Change struct {
	Setting string `json:"setting"`
	Value   string `json:"value"`
}

// Shell says where a command is entered.
type Shell string

// The shells.
const (
	EMS   Shell = "EMS"   // Exchange Management Shell on premises
	EXO   Shell = "EXO"   // Exchange Online PowerShell
	DNS   Shell = "DNS"   // a record for the public DNS zone
	Setup Shell = "Setup" // Exchange setup or a manual task on a server
)

// Command is one command of a step, as text.
type Command struct {
	Shell Shell  `json:"shell"`
	Text  string `json:"text"`
}

// ServiceRow is one row of the before/after table: where a service is
// answered before the hybrid deployment and, after it, for a mailbox on
// premises and for a mailbox in Exchange Online.
type ServiceRow struct {
	Service    string `json:"service"`
	Before     string `json:"before"`
	OnPremises string `json:"onPremises"`
	Cloud      string `json:"cloud"`
	Source     string `json:"source"`
}
