package federation

import (
	"errors"
	"strconv"
	"strings"
)

// ErrUnknownValue is wrapped by the errors of every Parse function of this
// package for a name it does not know.
var ErrUnknownValue = errors.New("unknown value")

// ValueError reports a name that a Parse function of this package does not
// know. It wraps [ErrUnknownValue].
type ValueError struct {
	Type  string // the enum type, such as "FreeBusyAccessLevel"
	Input string // the text that was given
}

// Error returns a message naming the type and the input.
func (e *ValueError) Error() string {
	return "federation: unknown " + e.Type + " " + strconv.Quote(e.Input)
}

// Unwrap returns [ErrUnknownValue].
func (e *ValueError) Unwrap() error { return ErrUnknownValue }

// lookup finds s among names (index 0, the invalid zero value, is skipped)
// without regard to case, then among aliases, whose keys are lower case.
// Surrounding spaces are ignored. It does not allocate for names.
func lookup(s string, names []string, aliases map[string]int) (int, bool) {
	s = strings.TrimSpace(s)
	for i := 1; i < len(names); i++ {
		if strings.EqualFold(s, names[i]) {
			return i, true
		}
	}
	if len(aliases) > 0 {
		if i, ok := aliases[strings.ToLower(s)]; ok {
			return i, true
		}
	}
	return 0, false
}

// name returns names[i], or Type(i) for a value outside the table.
func name(typ string, names []string, i int) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return typ + "(" + strconv.Itoa(i) + ")"
}

// FreeBusyAccessLevel is how much free/busy detail an organization
// relationship returns to the other organization: the FreeBusyAccessLevel
// parameter of New-OrganizationRelationship
// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
//
// The zero value, [FreeBusyUnknown] ("Unknown"), means the parameter was
// left unset, which the cmdlet allows (the parameter is optional). It is not a
// value of the cmdlet: IsValid is false, MarshalText fails, and the
// relationship field is omitted from JSON (omitzero). [Validate] treats it
// as granting nothing.
type FreeBusyAccessLevel uint8

// The free/busy access levels, as the cmdlet names them.
const (
	FreeBusyUnknown          FreeBusyAccessLevel = iota // parameter not set; not a cmdlet value
	FreeBusyNone                                        // no free/busy access
	FreeBusyAvailabilityOnly                            // free/busy with time only
	FreeBusyLimitedDetails                              // free/busy with time, subject and location

	freeBusyCount = iota
)

var freeBusyNames = []string{"Unknown", "None", "AvailabilityOnly", "LimitedDetails"}

// freeBusyAliases are the descriptions Microsoft's pages give each level,
// lower case: the cmdlet reference ("Free/busy access with time only"), the
// Exchange admin center wording in "Create an organization relationship in
// Exchange Online" ("Calendar free/busy information with time only",
// "Calendar free/busy with time, subject, and location",
// https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship)
// and the hybrid free/busy page ("Free/busy access with time, plus subject
// and location", https://learn.microsoft.com/exchange/shared-free-busy).
var freeBusyAliases = map[string]int{
	"no free/busy access":                                   int(FreeBusyNone),
	"free/busy access with time only":                       int(FreeBusyAvailabilityOnly),
	"calendar free/busy information with time only":         int(FreeBusyAvailabilityOnly),
	"free/busy access with time, subject, and location":     int(FreeBusyLimitedDetails),
	"free/busy access with time, plus subject and location": int(FreeBusyLimitedDetails),
	"calendar free/busy with time, subject, and location":   int(FreeBusyLimitedDetails),
}

// String returns the cmdlet value: "None", "AvailabilityOnly" or
// "LimitedDetails" ("Unknown" for the zero value).
func (l FreeBusyAccessLevel) String() string {
	return name("FreeBusyAccessLevel", freeBusyNames, int(l))
}

// IsValid reports whether l is None, AvailabilityOnly or LimitedDetails.
func (l FreeBusyAccessLevel) IsValid() bool { return l > FreeBusyUnknown && l < freeBusyCount }

// Grants reports whether l returns any free/busy information: it is
// AvailabilityOnly or LimitedDetails.
func (l FreeBusyAccessLevel) Grants() bool {
	return l == FreeBusyAvailabilityOnly || l == FreeBusyLimitedDetails
}

// ParseFreeBusyAccessLevel parses a level without regard to case: the
// cmdlet value ("LimitedDetails") or one of the descriptions Microsoft's
// pages and the Exchange admin center use ("Free/busy access with time
// only", "Calendar free/busy with time, subject, and location").
func ParseFreeBusyAccessLevel(s string) (FreeBusyAccessLevel, error) {
	if i, ok := lookup(s, freeBusyNames, freeBusyAliases); ok {
		return FreeBusyAccessLevel(i), nil
	}
	return FreeBusyUnknown, &ValueError{Type: "FreeBusyAccessLevel", Input: s}
}

// MarshalText implements encoding.TextMarshaler. The zero value cannot be
// marshalled; fields holding it are omitted from JSON with omitzero.
func (l FreeBusyAccessLevel) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, &ValueError{Type: "FreeBusyAccessLevel", Input: l.String()}
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with
// [ParseFreeBusyAccessLevel].
func (l *FreeBusyAccessLevel) UnmarshalText(text []byte) error {
	v, err := ParseFreeBusyAccessLevel(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// MailTipsAccessLevel is which MailTips an organization relationship
// returns: the MailTipsAccessLevel parameter of New-OrganizationRelationship
// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
//
// The zero value, [MailTipsUnknown] ("Unknown"), means the parameter was
// left unset, as with [FreeBusyAccessLevel]: not a cmdlet value (IsValid is
// false, MarshalText fails, the field is omitted from JSON), and granting
// nothing. The cmdlet then uses None, its documented default.
type MailTipsAccessLevel uint8

// The MailTips access levels, as the cmdlet names them.
const (
	MailTipsUnknown MailTipsAccessLevel = iota // parameter not set; not a cmdlet value
	MailTipsNone                               // no MailTips (the cmdlet's default)
	MailTipsLimited                            // only MailTips that prevent an NDR or an automatic reply
	MailTipsAll                                // all MailTips; remote recipients count as external

	mailTipsCount = iota
)

var mailTipsNames = []string{"Unknown", "None", "Limited", "All"}

// String returns the cmdlet value: "None", "Limited" or "All" ("Unknown" for
// the zero value).
func (l MailTipsAccessLevel) String() string {
	return name("MailTipsAccessLevel", mailTipsNames, int(l))
}

// IsValid reports whether l is None, Limited or All.
func (l MailTipsAccessLevel) IsValid() bool { return l > MailTipsUnknown && l < mailTipsCount }

// Grants reports whether l returns any MailTip: it is Limited or All.
func (l MailTipsAccessLevel) Grants() bool { return l == MailTipsLimited || l == MailTipsAll }

// ParseMailTipsAccessLevel parses "None", "Limited" or "All" without regard
// to case. The cmdlet reference gives no other spelling.
func ParseMailTipsAccessLevel(s string) (MailTipsAccessLevel, error) {
	if i, ok := lookup(s, mailTipsNames, nil); ok {
		return MailTipsAccessLevel(i), nil
	}
	return MailTipsUnknown, &ValueError{Type: "MailTipsAccessLevel", Input: s}
}

// MarshalText implements encoding.TextMarshaler. The zero value cannot be
// marshalled; fields holding it are omitted from JSON with omitzero.
func (l MailTipsAccessLevel) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, &ValueError{Type: "MailTipsAccessLevel", Input: l.String()}
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with
// [ParseMailTipsAccessLevel].
func (l *MailTipsAccessLevel) UnmarshalText(text []byte) error {
	v, err := ParseMailTipsAccessLevel(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// AuthServerType is the kind of token issuer an authorization server object
// trusts: the Type parameter of New-AuthServer
// (https://learn.microsoft.com/powershell/module/exchange/new-authserver).
//
// The zero value, [AuthServerUnknown] ("Unknown"), means the type was not
// given: New-AuthServer takes no Type in its AuthMetadataUrl parameter set,
// the one Microsoft's hybrid steps use. It is not a cmdlet value (IsValid
// is false, MarshalText fails, the field is omitted from JSON), and
// [Validate] counts only AzureAD and MicrosoftACS servers, the types
// Microsoft's HealthChecker tests for.
type AuthServerType uint8

// The authorization server types the cmdlet accepts.
const (
	AuthServerUnknown      AuthServerType = iota // not given; not a cmdlet value
	AuthServerADFS                               // Active Directory Federation Services
	AuthServerAzureAD                            // Microsoft Entra ID (Azure AD), the "evoSTS" server of hybrid
	AuthServerFacebook                           // Facebook
	AuthServerLinkedIn                           // LinkedIn
	AuthServerMicrosoftACS                       // Azure Access Control Service, the "ACS" server of hybrid

	authServerCount = iota
)

var authServerNames = []string{"Unknown", "ADFS", "AzureAD", "Facebook", "LinkedIn", "MicrosoftACS"}

// String returns the cmdlet value, such as "AzureAD".
func (t AuthServerType) String() string { return name("AuthServerType", authServerNames, int(t)) }

// IsValid reports whether t is one of the declared types.
func (t AuthServerType) IsValid() bool { return t > AuthServerUnknown && t < authServerCount }

// ParseAuthServerType parses a type name without regard to case. The cmdlet
// reference gives no other spelling.
func ParseAuthServerType(s string) (AuthServerType, error) {
	if i, ok := lookup(s, authServerNames, nil); ok {
		return AuthServerType(i), nil
	}
	return AuthServerUnknown, &ValueError{Type: "AuthServerType", Input: s}
}

// MarshalText implements encoding.TextMarshaler. The zero value cannot be
// marshalled.
func (t AuthServerType) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, &ValueError{Type: "AuthServerType", Input: t.String()}
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with
// [ParseAuthServerType].
func (t *AuthServerType) UnmarshalText(text []byte) error {
	v, err := ParseAuthServerType(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Method is how Exchange on premises and Exchange Online authenticate to
// each other for free/busy and the other sharing features. The zero value,
// [MethodUnknown] ("Unknown"), is invalid: a [Choice] holds it only when
// no method could be chosen.
type Method uint8

// The two methods.
const (
	MethodUnknown Method = iota // invalid
	// MethodDAuth is delegated authentication: a federation trust with the
	// Microsoft Federation Gateway and an organization relationship in each
	// organization. It is what Exchange 2010 and mixed 2013/2010 and
	// 2013/2007 hybrids use by default
	// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
	MethodDAuth
	// MethodOAuth is server-to-server OAuth: authorization servers, the
	// Exchange Online partner application and an intra-organization
	// connector in each organization, all of which exist only from Exchange
	// 2013 (https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector).
	MethodOAuth

	methodCount = iota
)

var methodNames = []string{"Unknown", "DAuth", "OAuth"}

// methodAliases are the names Microsoft's OAuth page gives the two methods:
// "the federation trust process" and "Exchange OAuth authentication"
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
var methodAliases = map[string]int{
	"federation trust":              int(MethodDAuth),
	"exchange oauth":                int(MethodOAuth),
	"exchange oauth authentication": int(MethodOAuth),
}

// String returns "DAuth" or "OAuth".
func (m Method) String() string { return name("Method", methodNames, int(m)) }

// IsValid reports whether m is DAuth or OAuth.
func (m Method) IsValid() bool { return m > MethodUnknown && m < methodCount }

// ParseMethod parses "DAuth" or "OAuth" without regard to case, and the
// names Microsoft's OAuth page uses: "Federation trust" and "Exchange
// OAuth".
func ParseMethod(s string) (Method, error) {
	if i, ok := lookup(s, methodNames, methodAliases); ok {
		return Method(i), nil
	}
	return MethodUnknown, &ValueError{Type: "Method", Input: s}
}

// MarshalText implements encoding.TextMarshaler. The zero value cannot be
// marshalled.
func (m Method) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, &ValueError{Type: "Method", Input: m.String()}
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseMethod].
func (m *Method) UnmarshalText(text []byte) error {
	v, err := ParseMethod(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// OWAForm selects the TargetOwaURL that [Relationships] puts on the
// on-premises organization relationship, the link Outlook on the web shows
// to users whose mailbox moved to Exchange Online. No Microsoft page gives
// one value for the wizard to set, so the caller chooses. The zero value
// is [OWAFormUnknown]: not chosen, and rejected; [OWAFormOutlookOffice] is
// the recommended choice when the caller has no reason for another.
//
// The sources: "Simplify the Outlook Web App URL"
// (https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url)
// gives https://outlook.com/owa/contoso.com as the URL to tell users, and
// as TargetOWAUrl only the CNAME form http://<CNAME>/owa ([OWAFormCustom]);
// Microsoft's FreeBusyChecker accepts a blank TargetOwaURL and lists
// http://outlook.com/owa/<Exchange Online domain> and
// https://outlook.office.com/mail as its standard values
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1).
type OWAForm uint8

// The TargetOwaURL forms.
const (
	OWAFormUnknown OWAForm = iota // not chosen; invalid
	// OWAFormOutlookCom is https://outlook.com/owa/<primary domain>, the URL
	// Microsoft's page tells users to type after their mailbox moved
	// (https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url).
	// Neither that page nor FreeBusyChecker gives it as a TargetOwaURL
	// value: prefer [OWAFormOutlookOffice].
	OWAFormOutlookCom
	// OWAFormOutlookComHTTP is http://outlook.com/owa/<coexistence domain>
	// (contoso.mail.onmicrosoft.com): a standard value of Microsoft's
	// FreeBusyChecker, which names the domain of the remote mailboxes'
	// routing addresses
	// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/FreeBusyChecker.ps1).
	// Third-party transcriptions of older wizard logs show the same URL
	// with the on-premises domain.
	OWAFormOutlookComHTTP
	// OWAFormOutlookOffice is https://outlook.office.com/mail, a standard
	// value of FreeBusyChecker (same source) that needs no domain; newer
	// wizard runs set it (third-party transcriptions of wizard logs). It is
	// the recommended form.
	OWAFormOutlookOffice
	// OWAFormCustom is the caller's own URL, a CNAME to mail.office365.com
	// given as http://cloudowa.contoso.com/owa: "Use http, not https", and
	// the /owa suffix is required
	// (https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url).
	// It is the form Microsoft's page recommends; it needs the DNS record.
	OWAFormCustom
	// OWAFormNone leaves TargetOwaURL empty, which FreeBusyChecker accepts;
	// Outlook on the web redirection, which uses TargetOwaURL, then has no
	// target (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
	OWAFormNone

	owaFormCount = iota
)

var owaFormNames = []string{"Unknown", "OutlookCom", "OutlookComHTTP", "OutlookOffice", "Custom", "None"}

// String returns the form's name, such as "OutlookCom".
func (f OWAForm) String() string { return name("OWAForm", owaFormNames, int(f)) }

// IsValid reports whether f is one of the declared forms.
func (f OWAForm) IsValid() bool { return f > OWAFormUnknown && f < owaFormCount }

// ParseOWAForm parses a form name without regard to case.
func ParseOWAForm(s string) (OWAForm, error) {
	if i, ok := lookup(s, owaFormNames, nil); ok {
		return OWAForm(i), nil
	}
	return OWAFormUnknown, &ValueError{Type: "OWAForm", Input: s}
}

// MarshalText implements encoding.TextMarshaler. The zero value cannot be
// marshalled.
func (f OWAForm) MarshalText() ([]byte, error) {
	if !f.IsValid() {
		return nil, &ValueError{Type: "OWAForm", Input: f.String()}
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseOWAForm].
func (f *OWAForm) UnmarshalText(text []byte) error {
	v, err := ParseOWAForm(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}
