package main

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
)

// area is the part of the organization a finding is about: the headings
// under which audit groups its findings, the organization's parts first,
// then the notes on the input and on what the exports do not say.
type area uint8

const (
	areaServers      area = iota // servers, their builds, roles and updates
	areaHybrid                   // the hybrid's type, servers and features
	areaDomains                  // accepted and hybrid domains
	areaCertificates             // certificates and their lifetimes
	areaNamespaces               // namespaces and what reaches them
	areaMailFlow                 // connectors and mail routing
	areaFederation               // federation, OAuth and the dedicated hybrid app
	areaInput                    // the organization file and the day
	areaExports                  // reading the exported files, and what they do not say
	areaOther                    // a code no table below places
	areaCount
)

var areaNames = [areaCount]string{
	"Servers and updates", "Hybrid configuration", "Domains", "Certificates", "Namespaces", "Mail flow",
	"Federation, OAuth and the hybrid app", "Input", "Reading the exports", "Other",
}

func (a area) String() string { return areaNames[a] }

// packageAreas places the findings of the packages whose codes are all
// about one area.
var packageAreas = map[string]area{
	"inventory":  areaExports,
	"roles":      areaServers,
	"version":    areaServers,
	"transport":  areaMailFlow,
	"federation": areaFederation,
}

// hybridAreas places the findings of package hybrid, which checks every
// area; TestEveryHybridCodeHasAnArea keeps it complete.
var hybridAreas = map[exhybrid.Code]area{
	hybrid.CodeDateInvalid: areaInput, hybrid.CodeCatalogOlder: areaInput, hybrid.CodeIDInvalid: areaInput,
	hybrid.CodeIDDerived: areaInput, hybrid.CodeNameInvalid: areaInput, hybrid.CodeTenantInvalid: areaInput,
	hybrid.CodeCloudMissing: areaInput, hybrid.CodeCloudUnsupported: areaInput, hybrid.CodeOptionOverridden: areaInput,
	hybrid.CodeControlCharacter: areaInput, hybrid.CodeNotObserved: areaExports,

	hybrid.CodeNoServers: areaServers, hybrid.CodeSiteUnknown: areaServers, hybrid.CodeUpdateNotCurrent: areaServers,
	hybrid.CodeProductOutOfSupport: areaServers, hybrid.CodeUpdatesMissing: areaServers, hybrid.CodeHybridBuildTooOld: areaServers,

	hybrid.CodeTypeMissing: areaHybrid, hybrid.CodeMXMissing: areaHybrid, hybrid.CodeHybridServerUnknown: areaHybrid,
	hybrid.CodeHybridServersChosen: areaHybrid, hybrid.CodeNoHybridServer: areaHybrid, hybrid.CodeHybridVersionUnsupported: areaHybrid,
	hybrid.CodeHybridServerRole: areaHybrid, hybrid.CodeSingleHybridServer: areaHybrid, hybrid.CodeSplitRoles: areaHybrid,
	hybrid.CodeEdgeNotEdge: areaHybrid, hybrid.CodeEdgeNotSubscribed: areaHybrid, hybrid.CodeEdgeVersion: areaHybrid,
	hybrid.CodeEdgeNotAllowed: areaHybrid, hybrid.CodeFeatureNotAvailable: areaHybrid, hybrid.CodeFeatureNeeds2013: areaHybrid,
	hybrid.CodeCentralizedNeedsSecureMail: areaHybrid, hybrid.CodeNoFeatures: areaHybrid, hybrid.CodeMailTipsThroughAgent: areaHybrid,

	hybrid.CodeNoHybridDomain: areaDomains, hybrid.CodeDomainInvalid: areaDomains, hybrid.CodeDomainNotAccepted: areaDomains,
	hybrid.CodeCoexistenceDomainMissing: areaDomains, hybrid.CodeCoexistenceDomainNotAccepted: areaDomains, hybrid.CodeOpenRelay: areaDomains,

	hybrid.CodeCertificateMissing: areaCertificates, hybrid.CodeCertificateInvalid: areaCertificates,
	hybrid.CodeCertificateSelfSigned: areaCertificates, hybrid.CodeCertificateExpired: areaCertificates,
	hybrid.CodeCertificateExpiring: areaCertificates, hybrid.CodeCertificateNameMissing: areaCertificates,
	hybrid.CodeCertificateNotInstalled: areaCertificates,

	hybrid.CodeNamespaceMissing: areaNamespaces, hybrid.CodeNamespaceInvalid: areaNamespaces,
	hybrid.CodeNotInternetFacing: areaNamespaces, hybrid.CodeSMTPNotInternetFacing: areaNamespaces,
	hybrid.CodeAgentURLMissing: areaNamespaces, hybrid.CodeAgentURLInvalid: areaNamespaces, hybrid.CodeAgentURLUnused: areaNamespaces,
	hybrid.CodeMRSProxyDisabled: areaNamespaces,

	hybrid.CodeHybridAppBuild: areaFederation, hybrid.CodeHybridAppUnsupported: areaFederation,
	hybrid.CodeHybridAppMissing: areaFederation, hybrid.CodeHybridAppIDInvalid: areaFederation,
	hybrid.CodeEWSRetirement: areaFederation, hybrid.CodeEWSAppNotAllowed: areaFederation, hybrid.CodeGraphBuild: areaFederation,
}

// areaOf returns the area of a finding's code.
func areaOf(c exhybrid.Code) area {
	if a, ok := hybridAreas[c]; ok {
		return a
	}
	if a, ok := packageAreas[c.Package()]; ok {
		return a
	}
	return areaOther
}

// areaGroup is the findings of one area, errors first.
type areaGroup struct {
	area     area
	findings exhybrid.Findings
}

// byArea returns the non-empty areas in their order, each with its
// findings errors first, then by path.
func byArea(fs exhybrid.Findings) []areaGroup {
	var split [areaCount]exhybrid.Findings
	for _, f := range bySeverity(fs) {
		a := areaOf(f.Code)
		split[a] = append(split[a], f)
	}
	var out []areaGroup
	for a, list := range split {
		if len(list) > 0 {
			out = append(out, areaGroup{area(a), list})
		}
	}
	return out
}
