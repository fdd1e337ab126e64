// Package textform is the one UnmarshalText of the module's value types
// whose zero value stands for "not given": an empty text is the zero
// value, and any other text is what the type's Parse function accepts.
package textform

// Unmarshal sets *dst from text: the zero T for an empty text, else what
// parse returns. On an error *dst is left as it was.
func Unmarshal[T any](dst *T, text []byte, parse func(string) (T, error)) error {
	if len(text) == 0 {
		var zero T
		*dst = zero
		return nil
	}
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}
