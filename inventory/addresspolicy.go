package inventory

import (
	"fmt"
	"strconv"
	"strings"
)

const typeEmailAddressPolicy = "Microsoft.Exchange.Data.Directory.SystemConfiguration.EmailAddressPolicy"

// EmailAddressPolicy is one email address policy as Get-EmailAddressPolicy
// shows it
// (https://learn.microsoft.com/powershell/module/exchange/set-emailaddresspolicy).
// The Hybrid Configuration Wizard adds the coexistence domain,
// smtp:%m@<tenant>.mail.onmicrosoft.com, to the templates of every policy
// whose primary address is in a hybrid domain
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard). It
// is identified by its name.
type EmailAddressPolicy struct {
	Name string `json:"name"` // Name ("Default Policy")
	// Priority is the EmailAddressPolicyPriority as written: "Lowest" for
	// the default policy, which applies last, and otherwise the policy's
	// rank as a number, "1" applying first (the type also allows 0:
	// https://learn.microsoft.com/previous-versions/office/exchange-server-api/ff339968(v=exchg.150)).
	Priority string `json:"priority,omitempty"`
	// EnabledPrimarySMTPAddressTemplate is the template of the primary
	// address, "SMTP:%g.%s@contoso.com", or "" when the policy has none.
	EnabledPrimarySMTPAddressTemplate string `json:"enabledPrimarySmtpAddressTemplate,omitempty"`
	// EnabledEmailAddressTemplates are every address template, each
	// "type:template", the primary one with an upper-case type
	// ("SMTP:@contoso.com", "smtp:%m@contoso.mail.onmicrosoft.com").
	EnabledEmailAddressTemplates []string `json:"enabledEmailAddressTemplates,omitempty"`
	// RecipientFilter is the OPATH filter of the recipients the policy
	// applies to, as written.
	RecipientFilter string `json:"recipientFilter,omitempty"`
	// IncludedRecipients are the recipient types of a precanned filter
	// ("AllRecipients", "MailboxUsers, Resources"); "" for a custom filter.
	IncludedRecipients string `json:"includedRecipients,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

func (p EmailAddressPolicy) key() string    { return strings.ToLower(p.Name) }
func (p EmailAddressPolicy) origin() Origin { return p.From }

// readEmailAddressPolicy reads a Get-EmailAddressPolicy object. One
// without a Name is skipped; a priority or template that cannot be read is
// left out, with its finding.
func readEmailAddressPolicy(o object, name string) (EmailAddressPolicy, bool) {
	p := EmailAddressPolicy{
		Name:                              name,
		EnabledPrimarySMTPAddressTemplate: o.text("EnabledPrimarySMTPAddressTemplate"),
		RecipientFilter:                   o.text("RecipientFilter"),
		IncludedRecipients:                o.text("IncludedRecipients"),
		From:                              o.origin(),
	}
	// Exchange writes the lowest priority with a display string that the
	// shell's language may translate; only the English one is read.
	if s := o.text("Priority"); s != "" {
		switch n, err := strconv.Atoi(s); {
		case strings.EqualFold(s, "Lowest"):
			p.Priority = "Lowest"
		case err == nil && n >= 0:
			p.Priority = s
		default:
			o.invalid("Priority", "Export the policies from a shell in English", fmt.Errorf("%q is neither Lowest nor a number from 0", s))
		}
	}
	for i, t := range o.list("EnabledEmailAddressTemplates") {
		if typ, rest, ok := strings.Cut(t, ":"); !ok || typ == "" || rest == "" {
			o.invalid(fmt.Sprintf("EnabledEmailAddressTemplates[%d]", i), "", fmt.Errorf("%q is not type:template", t))
			continue
		}
		p.EnabledEmailAddressTemplates = append(p.EnabledEmailAddressTemplates, t)
	}
	return p, true
}
