package hybrid

import (
	"github.com/exhybrid/exhybrid/internal/enum"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/version"
)

// DeploymentPlan is the result of [Plan]: the ordered steps that take an
// organization from where it is to the hybrid deployment it describes, and
// the before/after table of where each service is answered. The same
// organization and options always give the same plan.
type DeploymentPlan struct {
	Organization string          `json:"organization"` // the organization's Name
	Tenant       exhybrid.Tenant `json:"tenant"`       // the organization's Tenant, its initial domain
	Date         version.Date    `json:"date"`         // the day the plan is for, [Options.Date]
	// Type is the organization's hybrid type, or zero (and omitted from
	// JSON) when the organization's is not valid, so that the plan of an
	// invalid organization still marshals.
	Type Type `json:"type,omitzero"`
	// Compared is true for a plan made with [Options.Current]: every step
	// then says whether its objects were observed in the current state,
	// and the action of each observed step compares them with what the
	// step wants.
	Compared bool         `json:"compared,omitempty"`
	Steps    []Step       `json:"steps"`    // the steps, in the order to carry them out
	Services []ServiceRow `json:"services"` // the before/after table, one row per service
}

// Phase groups steps; phases run in this order. The zero Phase is not
// valid.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Phase = enum.Value[phaseTag]

// The phases of a hybrid deployment.
const (
	PhaseUnknown       Phase = iota // invalid
	PhasePrerequisites              // updates, new hybrid servers, Edge Subscriptions, tenant domains, directory synchronization
	PhaseCertificates               // the third-party certificate on every hybrid server
	PhaseNamespaces                 // virtual directory URLs and public DNS records
	PhaseHybridConfig               // the Hybrid Configuration Wizard run and the HybridConfiguration object it records
	PhaseFederation                 // federation trust, domain proofs, OAuth
	PhaseSharing                    // organization relationships, availability address space
	PhaseDomains                    // coexistence domain and email address policies
	PhaseMailFlow                   // connectors and the receive connector capability
	PhaseClients                    // OWA redirection, MRS proxy, migration endpoint
	PhaseCutover                    // MX change

	phaseCount = iota
)

var phaseEnum = &enum.Table{Pkg: "hybrid", Type: "Phase", Names: []string{"Unknown", "Prerequisites", "Certificates", "Namespaces", "HybridConfiguration", "Federation", "Sharing", "Domains", "MailFlow", "Clients", "Cutover"}, Err: ErrUnknownValue}

// ParsePhase parses a phase name, such as "HybridConfiguration", without
// regard to case.
func ParsePhase(s string) (Phase, error) { return enum.Parse[phaseTag](s) }

// Action says what a step does to its target, in the manner of Terraform's
// plan actions. The zero Action is not valid. A plan without a current
// state ([Options.Current]) uses Create, Update and Replace; one with a
// current state gives each step whose objects it observed Unchanged,
// Update, Create or Remove, as the comparison found them.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Action = enum.Value[actionTag]

// The actions.
const (
	ActionUnknown   Action = iota // invalid
	ActionCreate                  // a new object, server or record
	ActionUpdate                  // a change to something that exists
	ActionReplace                 // remove something and create it anew
	ActionUnchanged               // the object exists with every setting the step wants: nothing to do
	ActionRemove                  // an object of the current state that the desired state no longer has

	actionCount = iota
)

var actionEnum = &enum.Table{Pkg: "hybrid", Type: "Action", Names: []string{"Unknown", "Create", "Update", "Replace", "Unchanged", "Remove"}, Err: ErrUnknownValue}

// ParseAction parses "Create", "Update", "Replace", "Unchanged" or
// "Remove" without regard to case.
func ParseAction(s string) (Action, error) { return enum.Parse[actionTag](s) }

// Observation says what a plan with a current state ([Options.Current])
// saw of a step's objects: "Observed" or "NotObserved" as text. The zero
// Observation, of every step of a plan without a current state, prints as
// "None" and is omitted from JSON.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Observation = enum.Value[observationTag]

// The observations.
const (
	// ObservationNone: the plan has no current state.
	ObservationNone Observation = iota
	// ObservationObserved: the current state shows the step's objects, or
	// shows that they are missing, and the step's Action says which.
	ObservationObserved
	// ObservationNotObserved: the current state cannot show the step's
	// objects (the tenant without an Exchange Online export, a DNS record,
	// a manual task, a kind of object the exports do not hold). The step
	// keeps the action it has without a current state, never Unchanged:
	// what was not seen is not known to match.
	ObservationNotObserved

	observationCount = iota
)

var observationEnum = &enum.Table{Pkg: "hybrid", Type: "Observation", Names: []string{"None", "Observed", "NotObserved"}, Err: ErrUnknownValue}

// ParseObservation parses "Observed" or "NotObserved" without regard to
// case.
func ParseObservation(s string) (Observation, error) { return enum.Parse[observationTag](s) }

// Location says where a step is carried out.
type Location string

// The locations.
const (
	LocationOnPremises     Location = "OnPremises"     // the on-premises organization (Exchange Management Shell)
	LocationExchangeOnline Location = "ExchangeOnline" // the tenant (Exchange Online PowerShell, the Microsoft 365 admin center)
	LocationPublicDNS      Location = "PublicDNS"      // the public DNS zones of the hybrid domains
	LocationServer         Location = "Server"         // one machine: setup, certificates, Edge Transport settings, agents
)

// Step is one change of the plan.
type Step struct {
	// ID is a stable key: "upgrade/EX2007", "mailflow/send". IDs are
	// unique within a plan; should an organization give two servers the same
	// name (which the roles package reports), the later step's ID gets a
	// "#<step number>" suffix.
	ID string `json:"id"`
	// Phase groups the step.
	Phase Phase `json:"phase"`
	// Action is what the step does to its target.
	Action Action `json:"action"`
	// Observation says, in a plan with a current state, whether the
	// step's objects were observed in it.
	Observation Observation `json:"observation,omitzero"`
	// Where the step is carried out.
	Where Location `json:"where"`
	// Target names the object, server or record changed.
	Target string `json:"target"`
	// Summary says what the step does, in one sentence.
	Summary string `json:"summary"`
	// Changes are the settings the step sets, in order.
	Changes []Change `json:"changes,omitempty"`
	// Current holds, in a plan with a current state, the settings of the
	// step's observed object compared with what the step wants, in the
	// order of Changes: all equal for an Unchanged step, some differing
	// for an Update; none for a step whose object is missing or was not
	// observed.
	Current []Comparison `json:"current,omitempty"`
	// Reason is the code of the rule that calls for the step.
	Reason exhybrid.Code `json:"reason"`
	// Disruptive is true for a step that interrupts service while it runs
	// or changes where mail or clients go.
	Disruptive bool `json:"disruptive,omitempty"`
	// ByWizard is true for a step the Hybrid Configuration Wizard performs
	// when it runs: the wizard is the only supported way to configure a
	// hybrid deployment
	// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs).
	// Its commands show what the wizard changes, for review or for a
	// manual repair.
	ByWizard bool `json:"byWizard,omitempty"`
	// DependsOn holds the indices into the plan's Steps of the steps that
	// must be done first, in increasing order; each is smaller than the
	// step's own index.
	DependsOn []int `json:"dependsOn,omitempty"`
	// Commands are the Exchange Management Shell, Exchange Online
	// PowerShell or DNS entries that would carry the step out, for review.
	// The library never runs them. An Unchanged step has none; an Update
	// of an observed object sets only the settings that differ.
	Commands []Command `json:"commands,omitempty"`
}

// Change is one setting a step sets.
type Change struct {
	Setting string `json:"setting"` // the cmdlet parameter ("RequireTLS") or a label ("Hybrid Features")
	Value   string `json:"value"`   // as text, lists joined by ", ", booleans $true and $false; "" when unset
}

// Comparison is one setting of an object observed in the current state,
// compared with the value the step wants.
type Comparison struct {
	// Setting is the cmdlet parameter, or the name the step's Changes give
	// it: "RequireTLS", "Build".
	Setting string `json:"setting"`
	// Current and Desired are the values in the form of the step's
	// Changes: lists joined by ", ", booleans as $true and $false, "" for
	// a value that is not set.
	Current string `json:"current"`
	Desired string `json:"desired"` // the value the step wants, as its Change gives it
	// Differs is true where the values differ in Exchange's terms, not as
	// strings: names and domains without regard to case or a trailing
	// dot, lists as sets, address spaces and certificate names parsed,
	// the spellings of a feature as one feature.
	Differs bool `json:"differs,omitempty"`
}

// Shell says where a command is entered.
type Shell string

// The shells. ShellManual keeps the value "Setup" of earlier versions.
const (
	ShellEMS    Shell = "EMS"   // Exchange Management Shell on premises
	ShellEXO    Shell = "EXO"   // Exchange Online PowerShell
	ShellDNS    Shell = "DNS"   // a record for the public DNS zone
	ShellManual Shell = "Setup" // Exchange setup, a wizard or another manual task
)

// Command is one command of a step, as text.
type Command struct {
	Shell Shell  `json:"shell"` // where to enter it
	Text  string `json:"text"`  // the command, values single-quoted; for DNS the record, for Setup the task
}

// ServiceRow is one row of the before/after table: where a service is
// answered before the hybrid deployment and, after it, for a mailbox on
// premises and for a mailbox in Exchange Online.
type ServiceRow struct {
	Service    string `json:"service"`    // the service and its URL: "Outlook on the web (https://mail.contoso.com/owa)"
	Before     string `json:"before"`     // what answers it before the deployment
	OnPremises string `json:"onPremises"` // what answers it after, for a mailbox on premises
	Cloud      string `json:"cloud"`      // what answers it after, for a mailbox in Exchange Online
	Source     string `json:"source"`     // the URLs of the Microsoft pages the row follows, separated by spaces
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	phaseTag       struct{}
	actionTag      struct{}
	observationTag struct{}
)

func (phaseTag) Enum() *enum.Table       { return phaseEnum }
func (actionTag) Enum() *enum.Table      { return actionEnum }
func (observationTag) Enum() *enum.Table { return observationEnum }
