package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// cmdletFeatures are the spellings Set-HybridConfiguration's reference
// uses for the features (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration);
// the wizard's logs spell some differently (see Feature).
var cmdletFeatures = [featureCount]string{
	FreeBusy: "FreeBusy", MoveMailbox: "MoveMailbox", Mailtips: "MailTips", MessageTracking: "MessageTracking",
	OwaRedirection: "OWARedirection", OnlineArchive: "OnlineArchive", SecureMail: "SecureMail",
	CentralizedTransport: "Centralized", Photos: "Photos",
}

// hybridConfiguration records the desired state: the HybridConfiguration
// object with the domains, features, servers and certificate. Exchange
// 2010 hybrid servers use the 2010-only ClientAccessServers and
// TransportServers properties instead of the sending and receiving servers.
func (p *planner) hybridConfiguration() {
	org := p.org
	if !org.Type.IsValid() || len(org.Servers) == 0 {
		return
	}
	var features []string
	for f := range org.Features.All() {
		features = append(features, cmdletFeatures[f])
	}
	c := cmd("Set-HybridConfiguration").list("Domains", org.HybridDomains).param("Features", strings.Join(features, ","))
	changes := []Change{{"Domains", strings.Join(org.HybridDomains, ", ")}, {"Features", strings.Join(features, ", ")}}
	if p.w.mailFlow {
		tp := p.w.transport
		c.str("OnPremisesSmartHost", tp.OnPremisesSmartHost)
		changes = append(changes, Change{"OnPremisesSmartHost", tp.OnPremisesSmartHost})
		if p.hybridVersion == version.Exchange2010 {
			cas := p.namesWith(roles.ClientAccess)
			hubs := p.namesWith(roles.HubTransport)
			c.list("ClientAccessServers", cas).list("TransportServers", hubs).param("SecureMailCertificateThumbprint", "<thumbprint>")
			changes = append(changes, Change{"ClientAccessServers", strings.Join(cas, ", ")}, Change{"TransportServers", strings.Join(hubs, ", ")})
		} else {
			c.list("SendingTransportServers", tp.SendingServers).list("ReceivingTransportServers", tp.ReceivingServers).list("EdgeTransportServers", tp.EdgeServers)
			name := tp.Certificate.Name.String()
			c.str("TlsCertificateName", name)
			changes = append(changes,
				Change{"SendingTransportServers", strings.Join(tp.SendingServers, ", ")},
				Change{"ReceivingTransportServers", strings.Join(tp.ReceivingServers, ", ")},
				Change{"EdgeTransportServers", strings.Join(tp.EdgeServers, ", ")},
				Change{"TlsCertificateName", name})
		}
	}
	p.add(Step{
		ID: "hybrid-configuration", Phase: PhaseHybridConfig, Action: Create, Where: OnPremises, Target: "HybridConfiguration",
		Summary: "Record the hybrid deployment in the HybridConfiguration object, as the Hybrid Configuration Wizard does",
		Changes: changes, Reason: ReasonHybridConfiguration,
		Commands: []Command{{EMS, "New-HybridConfiguration"}, {EMS, c.String()}},
	}, "upgrade/", "install/", "certificate/", "namespaces/")
}

// namesWith names the hybrid servers with role r.
func (p *planner) namesWith(r roles.Role) []string {
	var out []string
	for _, i := range p.hybrid {
		if s := p.org.Servers[i]; s.Roles.Has(r) {
			out = append(out, s.Label())
		}
	}
	return out
}

// federationSteps adds the federation trust with its domain proofs, and
// the OAuth objects, as the federation package chose them.
func (p *planner) federationSteps() {
	if !p.w.sharing {
		return
	}
	ch := p.w.choice
	if t := ch.Trust; t != nil {
		trust := cmd("New-FederationTrust").str("Name", t.Name).param("Thumbprint", "$certificate.Thumbprint")
		if t.MetadataURL != "" && p.org.Cloud != exhybrid.CloudWorldwide {
			trust.str("MetadataUrl", t.MetadataURL)
		}
		p.add(Step{
			ID: "federation/trust", Phase: PhaseFederation, Action: Create, Where: OnPremises, Target: "federation trust " + t.Name,
			Summary: "Create the federation trust with the Microsoft Federation Gateway, with a self-signed federation certificate",
			Changes: []Change{{"Name", t.Name}, {"MetadataUrl", t.MetadataURL}},
			Reason:  ReasonFederation,
			Commands: []Command{
				{EMS, "$ski = [System.Guid]::NewGuid().ToString('N')"},
				{EMS, "$certificate = New-ExchangeCertificate -FriendlyName 'Exchange Delegated Federation' -DomainName $env:USERDNSDOMAIN -Services Federation -KeySize 2048 -PrivateKeyExportable $true -SubjectKeyIdentifier $ski"},
				{EMS, trust.String()},
			},
		}, "hybrid-configuration", "install/", "upgrade/")
		var proofs []Change
		var records []Command
		for _, d := range t.FederatedDomains {
			proofs = append(proofs, Change{d, "TXT: the value of Get-FederatedDomainProof -DomainName " + d})
			records = append(records, Command{EMS, cmd("Get-FederatedDomainProof").str("DomainName", d).String()}, Command{DNS, d + "  TXT  <proof of " + d + ">"})
		}
		p.add(Step{
			ID: "dns/federation-proofs", Phase: PhaseFederation, Action: Create, Where: PublicDNS, Target: "federated domain proofs",
			Summary: "Publish a TXT record with the federated domain proof of every federated domain",
			Changes: proofs, Reason: ReasonFederation, Commands: records,
		}, "federation/trust")
		id := cmd("Set-FederatedOrganizationIdentifier").str("DelegationFederationTrust", t.Name).str("AccountNamespace", t.AccountNamespace).boolean("Enabled", true)
		cmds := []Command{{EMS, id.String()}}
		for _, d := range t.FederatedDomains {
			if !strings.EqualFold(d, t.AccountNamespace) {
				cmds = append(cmds, Command{EMS, cmd("Add-FederatedDomain").str("DomainName", d).String()})
			}
		}
		p.add(Step{
			ID: "federation/identifier", Phase: PhaseFederation, Action: Update, Where: OnPremises, Target: "federated organization identifier",
			Summary: "Enable the federated organization identifier " + federation.OrganizationID(t.AccountNamespace) + " and add the federated domains",
			Changes: []Change{{"AccountNamespace", t.AccountNamespace}, {"FederatedDomains", strings.Join(t.FederatedDomains, ", ")}},
			Reason:  ReasonFederation, Commands: cmds,
		}, "dns/federation-proofs")
	}
	if o := ch.OAuth; o != nil {
		var cmds []Command
		var changes []Change
		for _, s := range o.AuthServers {
			c := cmd("New-AuthServer").str("Name", s.Name).str("AuthMetadataUrl", s.AuthMetadataURL)
			if s.Type == federation.AuthServerAzureAD {
				c.param("Type", "AzureAD")
			}
			cmds = append(cmds, Command{EMS, c.String()})
			changes = append(changes, Change{"AuthServer " + s.Name, s.AuthMetadataURL})
		}
		if a := o.PartnerApplication; a != nil {
			cmds = append(cmds, Command{EMS, cmd("New-PartnerApplication").str("Name", a.Name).str("ApplicationIdentifier", a.ApplicationIdentifier).boolean("Enabled", true).String()})
			changes = append(changes, Change{"PartnerApplication " + a.Name, a.ApplicationIdentifier})
		}
		cmds = append(cmds, Command{Setup, "Register the on-premises authorization certificate (Get-AuthConfig) and the external host names with the Exchange Online service principal, as the OAuth configuration page describes"})
		if c := o.Connectors.OnPremises; c != nil {
			cmds = append(cmds, Command{EMS, cmd("New-IntraOrganizationConnector").str("Name", c.Name).str("DiscoveryEndpoint", c.DiscoveryEndpoint).list("TargetAddressDomains", c.TargetAddressDomains).String()})
			changes = append(changes, Change{"IntraOrganizationConnector " + c.Name, c.DiscoveryEndpoint})
		}
		p.add(Step{
			ID: "oauth/on-premises", Phase: PhaseFederation, Action: Create, Where: OnPremises, Target: "OAuth on premises",
			Summary: "Configure OAuth on premises: authorization servers, the Exchange Online partner application and the intra-organization connector",
			Changes: changes, Reason: ReasonOAuth, Commands: cmds,
		}, "hybrid-configuration", "install/", "upgrade/")
		if c := o.Connectors.Cloud; c != nil {
			p.add(Step{
				ID: "oauth/exchange-online", Phase: PhaseFederation, Action: Create, Where: ExchangeOnline, Target: "IntraOrganizationConnector " + c.Name,
				Summary:  "Create Exchange Online's intra-organization connector to the on-premises organization",
				Changes:  []Change{{"DiscoveryEndpoint", c.DiscoveryEndpoint}, {"TargetAddressDomains", strings.Join(c.TargetAddressDomains, ", ")}},
				Reason:   ReasonOAuth,
				Commands: []Command{{EXO, cmd("New-IntraOrganizationConnector").str("Name", c.Name).str("DiscoveryEndpoint", c.DiscoveryEndpoint).list("TargetAddressDomains", c.TargetAddressDomains).String()}},
			}, "oauth/on-premises", "dns/namespaces")
		}
		if s := o.AvailabilityAddressSpace; s != nil {
			p.add(Step{
				ID: "oauth/availability-address-space", Phase: PhaseSharing, Action: Create, Where: OnPremises, Target: "availability address space " + s.ForestName,
				Summary:  "Let servers older than Exchange 2013 SP1 ask Exchange Online for free/busy through an Exchange 2013 SP1 or later server",
				Changes:  []Change{{"ForestName", s.ForestName}, {"AccessMethod", s.AccessMethod}, {"ProxyUrl", s.ProxyURL}},
				Reason:   ReasonOAuth,
				Commands: []Command{{EMS, cmd("Add-AvailabilityAddressSpace").str("ForestName", s.ForestName).param("AccessMethod", s.AccessMethod).str("ProxyUrl", s.ProxyURL).boolean("UseServiceAccount", s.UseServiceAccount).String()}},
			}, "oauth/")
		}
	}
}

// sharingSteps creates the two organization relationships.
func (p *planner) sharingSteps() {
	if !p.w.sharing || p.w.pair.OnPremises.Name == "" {
		return
	}
	for _, side := range []struct {
		rel   federation.OrganizationRelationship
		id    string
		where Location
		shell Shell
	}{
		{p.w.pair.OnPremises, "sharing/on-premises", OnPremises, EMS},
		{p.w.pair.Cloud, "sharing/exchange-online", ExchangeOnline, EXO},
	} {
		r := side.rel
		c := cmd("New-OrganizationRelationship").str("Name", r.Name).list("DomainNames", r.DomainNames).
			flag("FreeBusyAccessEnabled", r.FreeBusyAccessEnabled)
		if r.FreeBusyAccessEnabled {
			c.param("FreeBusyAccessLevel", r.FreeBusyAccessLevel.String())
		}
		c.flag("MailboxMoveEnabled", r.MailboxMoveEnabled).flag("DeliveryReportEnabled", r.DeliveryReportEnabled).
			flag("MailTipsAccessEnabled", r.MailTipsAccessEnabled)
		if r.MailTipsAccessEnabled {
			c.param("MailTipsAccessLevel", r.MailTipsAccessLevel.String())
		}
		c.flag("PhotosEnabled", r.PhotosEnabled).flag("ArchiveAccessEnabled", r.ArchiveAccessEnabled).
			str("TargetApplicationUri", r.TargetApplicationURI).str("TargetAutodiscoverEpr", r.TargetAutodiscoverEPR).
			str("TargetSharingEpr", r.TargetSharingEPR)
		changes := []Change{{"DomainNames", strings.Join(r.DomainNames, ", ")}}
		if r.FreeBusyAccessEnabled {
			changes = append(changes, Change{"FreeBusyAccessLevel", r.FreeBusyAccessLevel.String()})
		}
		if r.MailTipsAccessEnabled {
			changes = append(changes, Change{"MailTipsAccessLevel", r.MailTipsAccessLevel.String()})
		}
		changes = append(changes,
			Change{"MailboxMoveEnabled", psBool(r.MailboxMoveEnabled)}, Change{"DeliveryReportEnabled", psBool(r.DeliveryReportEnabled)},
			Change{"PhotosEnabled", psBool(r.PhotosEnabled)}, Change{"ArchiveAccessEnabled", psBool(r.ArchiveAccessEnabled)},
			Change{"TargetApplicationUri", r.TargetApplicationURI}, Change{"TargetAutodiscoverEpr", r.TargetAutodiscoverEPR})
		p.add(Step{
			ID: side.id, Phase: PhaseSharing, Action: Create, Where: side.where, Target: "organization relationship " + r.Name,
			Summary: "Create the organization relationship " + r.Name + " with " + strings.Join(r.DomainNames, ", "),
			Changes: changes, Reason: ReasonRelationships, Commands: []Command{{side.shell, c.String()}},
		}, "federation/identifier", "oauth/", "dns/namespaces", "sharing/on-premises")
	}
}

// domainSteps adds the coexistence domain as an accepted domain and as a
// secondary address of every mailbox.
func (p *planner) domainSteps() {
	coex := p.org.Tenant.CoexistenceDomain()
	if coex == "" || !p.org.Type.IsValid() {
		return
	}
	if !p.accepted(coex) {
		p.add(Step{
			ID: "domains/coexistence", Phase: PhaseDomains, Action: Create, Where: OnPremises, Target: "accepted domain " + coex,
			Summary: "Add the coexistence domain " + coex + " as an accepted domain",
			Changes: []Change{{"DomainName", coex}}, Reason: CodeCoexistenceDomainMissing,
			Commands: []Command{{EMS, cmd("New-AcceptedDomain").str("Name", coex).str("DomainName", coex).String()}},
		}, "hybrid-configuration")
	}
	template := "smtp:%m@" + coex
	p.add(Step{
		ID: "domains/address-policy", Phase: PhaseDomains, Action: Update, Where: OnPremises, Target: "email address policies",
		Summary: "Add " + template + " to every email address policy whose primary address uses a hybrid domain, and apply it to secondary addresses only",
		Changes: []Change{{"EnabledEmailAddressTemplates", "add " + template}},
		Reason:  ReasonAddressPolicy,
		Commands: []Command{
			{EMS, "# For each email address policy whose primary address template uses " + comment(strings.Join(p.org.HybridDomains, ", ")) + " (shown for Default Policy):"},
			{EMS, cmd("Set-EmailAddressPolicy").arg(ps("Default Policy")).param("EnabledEmailAddressTemplates", "@{Add="+ps(template)+"}").String()},
			{EMS, cmd("Update-EmailAddressPolicy").arg(ps("Default Policy")).boolean("UpdateSecondaryAddressesOnly", true).String()},
		},
	}, "domains/coexistence")
}
