package version

import (
	"errors"
	"github.com/exhybrid/exhybrid/internal/enum"
)

// Product is an Exchange product: one of the six on-premises releases from
// Exchange Server 2007 to Exchange Server Subscription Edition, or Exchange
// Online, whose builds a tenant reports but which is never installed on
// premises. The zero Product is [ProductUnknown] and is not valid.
type Product uint8

// The products, in release order. Their major and minor build numbers come
// from "Exchange Server build numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates);
// Subscription Edition shares 15.2 with 2019 and starts at build 2562, the
// rule Microsoft's HealthChecker uses
// (https://github.com/microsoft/CSS-Exchange/blob/main/Shared/Get-ExchangeBuildVersionInformation.ps1).
const (
	ProductUnknown Product = iota // not a known product; invalid
	Exchange2007                  // 8.0 (RTM) to 8.3 (SP3)
	Exchange2010                  // 14.0 (RTM) to 14.3 (SP3)
	Exchange2013                  // 15.0
	Exchange2016                  // 15.1
	Exchange2019                  // 15.2, builds below 2562
	ExchangeSE                    // 15.2, builds from 2562: Exchange Server Subscription Edition
	ExchangeOnline                // 15.20 and later: the service, not an on-premises product

	productCount = iota
)

// seFirstBuild is the first Build number of Exchange Server SE (SE RTM is
// 15.2.2562.17); 2019 builds of 15.2 stay below it.
const seFirstBuild = 2562

// Products returns the six on-premises products in release order.
func Products() []Product {
	return []Product{Exchange2007, Exchange2010, Exchange2013, Exchange2016, Exchange2019, ExchangeSE}
}

// String returns the product's name as Microsoft writes it: "Exchange Server
// 2007" to "Exchange Server 2019", "Exchange Server SE" and "Exchange Online".
func (p Product) String() string { return productEnum.Name(uint8(p)) }

// IsValid reports whether p is one of the declared products other than
// [ProductUnknown].
func (p Product) IsValid() bool { return productEnum.Valid(uint8(p)) }

// OnPremises reports whether p is an Exchange Server product that is
// installed on premises. It is false for [ExchangeOnline] and
// [ProductUnknown].
func (p Product) OnPremises() bool { return p >= Exchange2007 && p <= ExchangeSE }

// ErrUnknownValue is wrapped by the errors of every Parse function and
// UnmarshalText method of this package's enumerations ([Product],
// [ReleaseKind], [Currency]), and of MarshalText for their zero values.
// The errors are *[github.com/exhybrid/exhybrid.ValueError]s, which name the
// type, the input and the accepted names.
var ErrUnknownValue = errors.New("version: unknown value")

// productAliases holds the spellings ParseProduct accepts besides String,
// compared without case. They are the spellings seen in Microsoft's pages and
// scripts: "Exchange2019" in HealthChecker, "Exchange 2019" in prose, and the
// full "Subscription Edition" name.
var productEnum = &enum.Table{
	Pkg: "version", Type: "Product", Err: ErrUnknownValue,
	Names: []string{"Unknown", "Exchange Server 2007", "Exchange Server 2010", "Exchange Server 2013", "Exchange Server 2016", "Exchange Server 2019", "Exchange Server SE", "Exchange Online"},
	Aliases: map[string]string{
		"2007": "Exchange Server 2007", "exchange 2007": "Exchange Server 2007", "exchange2007": "Exchange Server 2007",
		"2010": "Exchange Server 2010", "exchange 2010": "Exchange Server 2010", "exchange2010": "Exchange Server 2010",
		"2013": "Exchange Server 2013", "exchange 2013": "Exchange Server 2013", "exchange2013": "Exchange Server 2013",
		"2016": "Exchange Server 2016", "exchange 2016": "Exchange Server 2016", "exchange2016": "Exchange Server 2016",
		"2019": "Exchange Server 2019", "exchange 2019": "Exchange Server 2019", "exchange2019": "Exchange Server 2019",
		"se": "Exchange Server SE", "exchange se": "Exchange Server SE", "exchangese": "Exchange Server SE",
		"exchange server subscription edition": "Exchange Server SE", "subscription edition": "Exchange Server SE",
		"exchangeonline": "Exchange Online", "exo": "Exchange Online",
	},
}

// ParseProduct returns the product named s. It accepts the [Product.String]
// form and the aliases "2019", "Exchange 2019", "Exchange2019", "SE",
// "Subscription Edition", "EXO" and the like, without regard to case.
func ParseProduct(s string) (Product, error) {
	v, err := productEnum.Parse(s)
	return Product(v), err
}

// MarshalText implements encoding.TextMarshaler with [Product.String]. The
// zero Product cannot be marshalled.
func (p Product) MarshalText() ([]byte, error) { return productEnum.MarshalText(uint8(p)) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseProduct].
func (p *Product) UnmarshalText(text []byte) error {
	v, err := productEnum.UnmarshalText(text)
	if err == nil {
		*p = Product(v)
	}
	return err
}

// ProductOf returns the product a build belongs to:
//
//	8.0 to 8.3                  Exchange Server 2007
//	14.0 to 14.3                Exchange Server 2010
//	15.0                        Exchange Server 2013
//	15.1                        Exchange Server 2016
//	15.2, build below 2562      Exchange Server 2019
//	15.2, build 2562 or higher  Exchange Server SE
//	15.20 and higher            Exchange Online (not on premises)
//
// Any other build, including the zero Build, gives [ProductUnknown]. Exchange
// Online reports builds such as 15.20.7452.28; they are never an on-premises
// server, which [Product.OnPremises] says.
func ProductOf(b Build) Product {
	switch b.Major {
	case 8:
		if b.Minor <= 3 {
			return Exchange2007
		}
	case 14:
		if b.Minor <= 3 {
			return Exchange2010
		}
	case 15:
		switch {
		case b.Minor == 0:
			return Exchange2013
		case b.Minor == 1:
			return Exchange2016
		case b.Minor == 2 && b.Build < seFirstBuild:
			return Exchange2019
		case b.Minor == 2:
			return ExchangeSE
		case b.Minor >= 20:
			return ExchangeOnline
		}
	}
	return ProductUnknown
}
