package hybrid

import "testing"

func TestDNProblem(t *testing.T) {
	tests := []struct {
		dn string
		ok bool
	}{
		{"CN=mail.contoso.com", true},
		{"CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, S=Washington, C=US", true},
		{"CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US", true},
		{`CN=mail.contoso.com, O="Contoso, Inc.", C=US`, true},
		{`CN=mail.contoso.com, O=Contoso\, Inc., C=US`, true},
		{"CN=mail.contoso.com; O=Contoso", true},
		{"CN=mail.contoso.com + OU=Mail, O=Contoso", true},
		{"CN=O'Brien Mail, O=O\u2019Brien", true},
		{"2.5.4.3=mail.contoso.com", true},
		{"", false},
		{"mail.contoso.com", false},
		{"CN=X\u2019;Invoke-Evil;\u2019", false},
		{`CN=a"b`, false},
		{`CN="open`, false},
		{"CN=a<b", false},
		{"CN=mail\n.contoso.com", false},
		{`CN=mail\`, false},
		{"C N=mail", false},
		{"=mail", false},
		{"CN=mail,", false},
	}
	for _, tt := range tests {
		if got := dnProblem(tt.dn); (got == "") != tt.ok {
			t.Errorf("dnProblem(%q) = %q, want ok %v", tt.dn, got, tt.ok)
		}
	}
}
