package inventory

import (
	"fmt"
	"net/url"
	"strings"
)

// The type names this file reads.
const (
	typeWebServicesVirtualDirectory = "Microsoft.Exchange.Data.Directory.SystemConfiguration.ADWebServicesVirtualDirectory"
	typeOwaVirtualDirectory         = "Microsoft.Exchange.Data.Directory.SystemConfiguration.ADOwaVirtualDirectory"
)

// VirtualDirectory is what every Exchange virtual directory export shows
// first, whatever its service: where it is and how it is reached. It is
// identified by its server and name, as its Identity
// "SOLO-E19A\EWS (Default Web Site)" is. Its properties are those of
// Set-WebServicesVirtualDirectory and Set-OwaVirtualDirectory
// (https://learn.microsoft.com/powershell/module/exchange/set-webservicesvirtualdirectory,
// https://learn.microsoft.com/powershell/module/exchange/set-owavirtualdirectory).
type VirtualDirectory struct {
	// Server is the Name of the Server ADObjectId ("SOLO-E19A").
	Server string `json:"server"`
	// Name is "EWS (Default Web Site)" or "owa (Default Web Site)" for the
	// directories Setup creates.
	Name string `json:"name"`
	// InternalURL and ExternalURL are the URLs as written
	// ("https://solo-e19a.solo.com/EWS/Exchange.asmx"); "" when not set.
	InternalURL string `json:"internalUrl,omitempty"`
	ExternalURL string `json:"externalUrl,omitempty"` // ExternalUrl, the URL from outside the firewall
	// InternalAuthenticationMethods and ExternalAuthenticationMethods are
	// the AuthenticationMethod names as written ("Ntlm",
	// "WindowsIntegrated", "WSSecurity", "OAuth", "Basic", "Fba"), in the
	// export's order.
	InternalAuthenticationMethods []string `json:"internalAuthenticationMethods,omitempty"`
	ExternalAuthenticationMethods []string `json:"externalAuthenticationMethods,omitempty"` // those allowed from outside the firewall; empty when not set
}

func (d VirtualDirectory) key() string { return strings.ToLower(d.Server + `\` + d.Name) }

// readVirtualDirectory reads the part every virtual directory has. One
// without a Server or Name is skipped.
func readVirtualDirectory(o object) (VirtualDirectory, bool) {
	fix := o.exportAll()
	server, ok := o.required("Server", fix)
	if !ok {
		return VirtualDirectory{}, false
	}
	name, ok := o.required("Name", fix)
	if !ok {
		return VirtualDirectory{}, false
	}
	return VirtualDirectory{
		Server:                        server,
		Name:                          name,
		InternalURL:                   o.absoluteURL("InternalUrl"),
		ExternalURL:                   o.absoluteURL("ExternalUrl"),
		InternalAuthenticationMethods: o.list("InternalAuthenticationMethods"),
		ExternalAuthenticationMethods: o.list("ExternalAuthenticationMethods"),
	}, true
}

// WebServicesVirtualDirectory is one Exchange Web Services virtual
// directory as Get-WebServicesVirtualDirectory shows it: the endpoint that
// free/busy, MailTips and mailbox moves reach from Exchange Online
// (https://learn.microsoft.com/powershell/module/exchange/set-webservicesvirtualdirectory).
// It is identified by its server and name, as its Identity
// "SOLO-E19A\EWS (Default Web Site)" is.
type WebServicesVirtualDirectory struct {
	VirtualDirectory
	// OAuthAuthentication, WindowsAuthentication, BasicAuthentication and
	// WSSecurityAuthentication are the directory's authentication flags.
	// Exchange Online reaches EWS with OAuth once OAuth is configured
	// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help),
	// and with WS-Security through a federation trust: an organization
	// relationship's TargetAutodiscoverEpr ends in /WSSecurity
	// (https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship).
	OAuthAuthentication      bool `json:"oauthAuthentication,omitempty"`
	WindowsAuthentication    bool `json:"windowsAuthentication,omitempty"`    // Integrated Windows; on by default, false also when not exported
	BasicAuthentication      bool `json:"basicAuthentication,omitempty"`      // Basic; on by default, false also when not exported
	WSSecurityAuthentication bool `json:"wsSecurityAuthentication,omitempty"` // WS-Security, which DAuth uses; on by default
	// MRSProxyEnabled says the MRS proxy endpoint is on, which remote
	// mailbox moves need on every Client Access server; it is off by
	// default (https://learn.microsoft.com/exchange/enable-the-mrs-proxy-endpoint-for-remote-moves-exchange-2013-help).
	MRSProxyEnabled bool `json:"mrsProxyEnabled,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

func (d WebServicesVirtualDirectory) origin() Origin { return d.From }

// OwaVirtualDirectory is one Outlook on the web virtual directory as
// Get-OwaVirtualDirectory shows it
// (https://learn.microsoft.com/powershell/module/exchange/set-owavirtualdirectory).
// It is identified by its server and name, as its Identity
// "SOLO-E19A\owa (Default Web Site)" is.
//
// Besides the URLs and the authentication, it keeps the download host
// names that HealthChecker's CVE-2021-1730 check reads: each must be set
// and differ from the host of InternalURL and ExternalURL
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityCve-2021-1730.ps1).
type OwaVirtualDirectory struct {
	VirtualDirectory
	// The authentication flags: forms-based, Basic, Windows, OAuth.
	FormsAuthentication   bool `json:"formsAuthentication,omitempty"`
	BasicAuthentication   bool `json:"basicAuthentication,omitempty"`   // Basic; on by default, false also when not exported
	WindowsAuthentication bool `json:"windowsAuthentication,omitempty"` // Integrated Windows; off by default
	OAuthAuthentication   bool `json:"oauthAuthentication,omitempty"`   // a parameter Microsoft reserves for its own use
	// InternalDownloadHostName and ExternalDownloadHostName are the
	// download domains for attachments (Exchange 2016 CU18 and 2019 CU7
	// and later); "" when not set or, before those updates, absent.
	InternalDownloadHostName string `json:"internalDownloadHostName,omitempty"`
	ExternalDownloadHostName string `json:"externalDownloadHostName,omitempty"` // the one for external users

	From Origin `json:"from"` // the export file and object it was read from
}

func (d OwaVirtualDirectory) origin() Origin { return d.From }

// readWebServicesVirtualDirectory reads a Get-WebServicesVirtualDirectory
// object. One without a Server or Name is skipped.
func readWebServicesVirtualDirectory(o object) (WebServicesVirtualDirectory, bool) {
	d, ok := readVirtualDirectory(o)
	if !ok {
		return WebServicesVirtualDirectory{}, false
	}
	return WebServicesVirtualDirectory{
		VirtualDirectory:         d,
		OAuthAuthentication:      o.boolean("OAuthAuthentication"),
		WindowsAuthentication:    o.boolean("WindowsAuthentication"),
		BasicAuthentication:      o.boolean("BasicAuthentication"),
		WSSecurityAuthentication: o.boolean("WSSecurityAuthentication"),
		MRSProxyEnabled:          o.boolean("MRSProxyEnabled"),
		From:                     o.origin(),
	}, true
}

// readOwaVirtualDirectory reads a Get-OwaVirtualDirectory object. One
// without a Server or Name is skipped.
func readOwaVirtualDirectory(o object) (OwaVirtualDirectory, bool) {
	d, ok := readVirtualDirectory(o)
	if !ok {
		return OwaVirtualDirectory{}, false
	}
	return OwaVirtualDirectory{
		VirtualDirectory:         d,
		FormsAuthentication:      o.boolean("FormsAuthentication"),
		BasicAuthentication:      o.boolean("BasicAuthentication"),
		WindowsAuthentication:    o.boolean("WindowsAuthentication"),
		OAuthAuthentication:      o.boolean("OAuthAuthentication"),
		InternalDownloadHostName: o.text("InternalDownloadHostName"),
		ExternalDownloadHostName: o.text("ExternalDownloadHostName"),
		From:                     o.origin(),
	}, true
}

// absoluteURL returns the text of the URI property name, "" when it is absent or
// null. A value that is not an absolute URL is returned as written, with
// a field-invalid finding: an Exchange URL property holds a
// System.Uri, which is always absolute.
func (o object) absoluteURL(name string) string {
	s := o.text(name)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		o.invalid(name, "", err)
	case !u.IsAbs() || u.Host == "":
		o.invalid(name, "", fmt.Errorf("%q is not an absolute URL", s))
	}
	return s
}
