package clixml_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/exhybrid/exhybrid/clixml"
)

// The start of what Get-ExchangeServer | Export-Clixml writes, trimmed.
const export = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>Microsoft.Exchange.Data.Directory.Management.ExchangeServer</T>
      <T>System.Object</T>
    </TN>
    <ToString>SOLO-E19A</ToString>
    <Props>
      <S N="Fqdn">Solo-E19A.Solo.com</S>
      <Obj N="ServerRole" RefId="1">
        <TN RefId="1">
          <T>Microsoft.Exchange.Data.Directory.SystemConfiguration.ServerRole</T>
          <T>System.Enum</T>
          <T>System.ValueType</T>
          <T>System.Object</T>
        </TN>
        <ToString>Mailbox</ToString>
        <I32>2</I32>
      </Obj>
    </Props>
    <MS>
      <S N="PSComputerName">solo-e19a.solo.com</S>
      <BA N="SerializationData">AAEAAAD/////AQAAAAAAAAA=</BA>
    </MS>
  </Obj>
</Objs>`

// Read an export one object at a time and look at its properties.
func Example() {
	d := clixml.NewDecoder(strings.NewReader(export))
	for {
		v, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		server := v.Object()
		fqdn, _ := server.Prop("Fqdn")
		role, _ := server.Prop("ServerRole")
		n, _ := role.Object().Value.Int()
		from, _ := server.Prop("PSComputerName") // an MS member
		fmt.Println(server.ToString, fqdn.Text(), role.Object().ToString, n, role.Object().IsEnum(), from.Text())
	}
	// Output:
	// SOLO-E19A Solo-E19A.Solo.com Mailbox 2 true solo-e19a.solo.com
}

// The JSON form, as `exhybrid clixml` prints it (compact here).
func ExampleValue_AppendJSON() {
	vs, err := clixml.ReadAll(strings.NewReader(export))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := vs[0].AppendJSON(nil)
	fmt.Println(string(b), err)
	// Output:
	// {"@types":["Microsoft.Exchange.Data.Directory.Management.ExchangeServer","System.Object"],"@toString":"SOLO-E19A","Fqdn":"Solo-E19A.Solo.com","ServerRole":{"@types":["Microsoft.Exchange.Data.Directory.SystemConfiguration.ServerRole","System.Enum","System.ValueType","System.Object"],"@toString":"Mailbox","@value":2},"PSComputerName":"solo-e19a.solo.com"} <nil>
}

// A bad file is an *Error with its position; its kind is a sentinel.
func ExampleError() {
	_, err := clixml.ReadAll(strings.NewReader(strings.Replace(export, "<I32>2</I32>", "<I32>two</I32>", 1)))
	var e *clixml.Error
	if errors.As(err, &e) {
		fmt.Println(e.Pos.Line, e.Pos.Column, errors.Is(err, clixml.ErrValue))
		fmt.Println(err)
	}
	// Output:
	// 18 9 true
	// 18:9: <I32>: I32 "two": want an integer from -2147483648 to 2147483647
}

// An Encoder writes values back as canonical CLIXML.
func ExampleEncoder() {
	v, _ := clixml.Parse(clixml.String, "a_x000A_b")
	var out strings.Builder
	enc := clixml.NewEncoder(&out)
	enc.Encode(v)
	enc.Encode(clixml.NilValue())
	enc.Close()
	fmt.Print(out.String())
	// Output:
	// <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
	//   <S>a_x000A_b</S>
	//   <Nil />
	// </Objs>
}
