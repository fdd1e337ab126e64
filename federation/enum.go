package federation

import (
	"errors"

	"github.com/exhybrid/exhybrid/internal/enum"
)

// ErrUnknownValue is wrapped by the errors of every Parse function and
// UnmarshalText method of this package's enumerations. The errors are
// *[exhybrid.ValueError]s, which name the type, the input and the accepted
// names.
var ErrUnknownValue = errors.New("federation: unknown value")

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
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type FreeBusyAccessLevel = enum.Value[freeBusyTag]

// The free/busy access levels, as the cmdlet names them.
const (
	FreeBusyUnknown          FreeBusyAccessLevel = iota // parameter not set; not a cmdlet value
	FreeBusyNone                                        // no free/busy access
	FreeBusyAvailabilityOnly                            // free/busy with time only
	FreeBusyLimitedDetails                              // free/busy with time, subject and location
)

var freeBusyEnum = &enum.Table{Pkg: "federation", Type: "FreeBusyAccessLevel", Names: []string{"Unknown", "None", "AvailabilityOnly", "LimitedDetails"}, Aliases: freeBusyAliases, Err: ErrUnknownValue}

// freeBusyAliases are the descriptions Microsoft's pages give each level,
// lower case: the cmdlet reference ("Free/busy access with time only"), the
// Exchange admin center wording in "Create an organization relationship in
// Exchange Online" ("Calendar free/busy information with time only",
// "Calendar free/busy with time, subject, and location",
// https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship)
// and the hybrid free/busy page ("Free/busy access with time, plus subject
// and location", https://learn.microsoft.com/exchange/shared-free-busy).
var freeBusyAliases = map[string]string{
	"no free/busy access":                                   "None",
	"free/busy access with time only":                       "AvailabilityOnly",
	"calendar free/busy information with time only":         "AvailabilityOnly",
	"free/busy access with time, subject, and location":     "LimitedDetails",
	"free/busy access with time, plus subject and location": "LimitedDetails",
	"calendar free/busy with time, subject, and location":   "LimitedDetails",
}

// freeBusyGrants reports whether l returns any free/busy information: it
// is AvailabilityOnly or LimitedDetails.
func freeBusyGrants(l FreeBusyAccessLevel) bool {
	return l == FreeBusyAvailabilityOnly || l == FreeBusyLimitedDetails
}

// ParseFreeBusyAccessLevel parses a level without regard to case: the
// cmdlet value ("LimitedDetails") or one of the descriptions Microsoft's
// pages and the Exchange admin center use ("Free/busy access with time
// only", "Calendar free/busy with time, subject, and location").
func ParseFreeBusyAccessLevel(s string) (FreeBusyAccessLevel, error) {
	return enum.Parse[freeBusyTag](s)
}

// MailTipsAccessLevel is which MailTips an organization relationship
// returns: the MailTipsAccessLevel parameter of New-OrganizationRelationship
// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
//
// The zero value, [MailTipsUnknown] ("Unknown"), means the parameter was
// left unset, as with [FreeBusyAccessLevel]: not a cmdlet value (IsValid is
// false, MarshalText fails, the field is omitted from JSON), and granting
// nothing. The cmdlet then uses None, its documented default.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type MailTipsAccessLevel = enum.Value[mailTipsTag]

// The MailTips access levels, as the cmdlet names them.
const (
	MailTipsUnknown MailTipsAccessLevel = iota // parameter not set; not a cmdlet value
	MailTipsNone                               // no MailTips (the cmdlet's default)
	MailTipsLimited                            // only MailTips that prevent an NDR or an automatic reply
	MailTipsAll                                // all MailTips; remote recipients count as external
)

var mailTipsEnum = &enum.Table{Pkg: "federation", Type: "MailTipsAccessLevel", Names: []string{"Unknown", "None", "Limited", "All"}, Err: ErrUnknownValue}

// mailTipsGrants reports whether l returns any MailTip: it is Limited or
// All.
func mailTipsGrants(l MailTipsAccessLevel) bool { return l == MailTipsLimited || l == MailTipsAll }

// ParseMailTipsAccessLevel parses "None", "Limited" or "All" without regard
// to case. The cmdlet reference gives no other spelling.
func ParseMailTipsAccessLevel(s string) (MailTipsAccessLevel, error) {
	return enum.Parse[mailTipsTag](s)
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
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type AuthServerType = enum.Value[authServerTag]

// The authorization server types the cmdlet accepts.
const (
	AuthServerUnknown      AuthServerType = iota // not given; not a cmdlet value
	AuthServerADFS                               // Active Directory Federation Services
	AuthServerAzureAD                            // Microsoft Entra ID (Azure AD), the "evoSTS" server of hybrid
	AuthServerFacebook                           // Facebook
	AuthServerLinkedIn                           // LinkedIn
	AuthServerMicrosoftACS                       // Azure Access Control Service, the "ACS" server of hybrid
)

var authServerEnum = &enum.Table{Pkg: "federation", Type: "AuthServerType", Names: []string{"Unknown", "ADFS", "AzureAD", "Facebook", "LinkedIn", "MicrosoftACS"}, Err: ErrUnknownValue}

// ParseAuthServerType parses a type name without regard to case. The cmdlet
// reference gives no other spelling.
func ParseAuthServerType(s string) (AuthServerType, error) { return enum.Parse[authServerTag](s) }

// Method is how Exchange on premises and Exchange Online authenticate to
// each other for free/busy and the other sharing features. The zero value,
// [MethodUnknown] ("Unknown"), is invalid: a [Choice] holds it only when
// no method could be chosen.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Method = enum.Value[methodTag]

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
)

var methodEnum = &enum.Table{Pkg: "federation", Type: "Method", Names: []string{"Unknown", "DAuth", "OAuth"}, Aliases: methodAliases, Err: ErrUnknownValue}

// methodAliases are the names Microsoft's OAuth page gives the two methods:
// "the federation trust process" and "Exchange OAuth authentication"
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
var methodAliases = map[string]string{
	"federation trust":              "DAuth",
	"exchange oauth":                "OAuth",
	"exchange oauth authentication": "OAuth",
}

// ParseMethod parses "DAuth" or "OAuth" without regard to case, and the
// names Microsoft's OAuth page uses: "Federation trust" and "Exchange
// OAuth".
func ParseMethod(s string) (Method, error) { return enum.Parse[methodTag](s) }

// OWAForm selects the TargetOwaURL that [Configure] puts on the
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
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type OWAForm = enum.Value[owaFormTag]

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
)

var owaFormEnum = &enum.Table{Pkg: "federation", Type: "OWAForm", Names: []string{"Unknown", "OutlookCom", "OutlookComHTTP", "OutlookOffice", "Custom", "None"}, Err: ErrUnknownValue}

// ParseOWAForm parses a form name without regard to case.
func ParseOWAForm(s string) (OWAForm, error) { return enum.Parse[owaFormTag](s) }

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	freeBusyTag   struct{}
	mailTipsTag   struct{}
	authServerTag struct{}
	methodTag     struct{}
	owaFormTag    struct{}
)

func (freeBusyTag) Enum() *enum.Table   { return freeBusyEnum }
func (mailTipsTag) Enum() *enum.Table   { return mailTipsEnum }
func (authServerTag) Enum() *enum.Table { return authServerEnum }
func (methodTag) Enum() *enum.Table     { return methodEnum }
func (owaFormTag) Enum() *enum.Table    { return owaFormEnum }
