package hybrid

import "testing"

// TestAzureVMCertificate checks the subjects the certificate audit leaves
// to the Azure platform, as HealthChecker does, and that others stay.
func TestAzureVMCertificate(t *testing.T) {
	tests := map[string]bool{
		"DC=Windows Azure CRP Certificate Generator":    true,
		"dc=windows azure crp certificate generator":    true,
		"CN=MS-Organization-P2P-Access [2024]":          true,
		"CN=MS-Organization-P2P-Access [2024] x":        false,
		"CN=MS-Organization-P2P-Access":                 false,
		"CN=mail.contoso.com":                           false,
		"CN=Microsoft Exchange Server Auth Certificate": false,
	}
	for subject, want := range tests {
		if got := azureVMCertificate(subject); got != want {
			t.Errorf("azureVMCertificate(%q) = %v, want %v", subject, got, want)
		}
	}
}
