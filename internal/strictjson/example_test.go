package strictjson_test

import (
	"errors"
	"fmt"
	"unicode/utf16"

	"github.com/exhybrid/exhybrid/internal/strictjson"
)

func ExampleDecode() {
	type server struct {
		Name  string   `json:"name"`
		Roles []string `json:"roles"`
		Edge  bool     `json:"edge"`
	}
	data := []byte(`{
  "name": "EX1",
  "role": ["Mailbox"],
  "edge": "no"
}`)
	var s server
	for _, err := range strictjson.Decode(data, &s) {
		err.Name = "server.json"
		fmt.Println(err, errors.Is(err, strictjson.ErrUnknownField))
	}
	fmt.Printf("%+v\n", s)
	// Output:
	// server.json:3:3: role: unknown field "role"; did you mean "roles"? true
	// server.json:4:11: edge: want true or false, got a string false
	// {Name:EX1 Roles:[] Edge:false}
}

func ExampleToUTF8() {
	// What Windows PowerShell 5.1 writes with ">": UTF-16, little-endian,
	// after a byte order mark.
	data := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(`{"name": "Zürich"}`)) {
		data = append(data, byte(u), byte(u>>8))
	}
	text, err := strictjson.ToUTF8(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(text))
	// Output:
	// {"name": "Zürich"}
}
