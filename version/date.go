package version

import (
	"cmp"
	"errors"
	"strconv"
	"time"

	"github.com/exhybrid/exhybrid/internal/textform"
)

// Date is a civil date with no time of day and no time zone: a release date,
// an end-of-support date, or the day on which a caller asks whether an
// organization is supported. The library never reads the clock; callers pass
// the date in, typically [DateOf](time.Now()).
//
// Date is a comparable value type. The zero Date is not valid and marshals to
// the empty string.
type Date struct {
	Year  int        // the year, 2025; valid from 1 to 9999
	Month time.Month // January to December
	Day   int        // the day of the month, from 1 to the month's last
}

// DateOf returns the civil date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsValid reports whether d names a real day of the Gregorian calendar
// between years 1 and 9999.
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// DaysUntil returns the number of whole days from d to o: 0 when they are
// the same day, negative when o is before d. Days are civil days, so a
// certificate's last valid day is 0 days away on that day, not expired.
func (d Date) DaysUntil(o Date) int {
	t := func(x Date) time.Time { return time.Date(x.Year, x.Month, x.Day, 0, 0, 0, 0, time.UTC) }
	return int(t(o).Sub(t(d)).Hours() / 24)
}

// LastValidDay returns the last day, in UTC, of a validity that ends at
// notAfter, such as a certificate's NotAfter: notAfter's day in UTC, or
// the day before when notAfter is exactly midnight UTC, since the
// validity then ends as that day begins. It is the zero Date for the zero
// time, which says nothing of an end.
func LastValidDay(notAfter time.Time) Date {
	if notAfter.IsZero() {
		return Date{}
	}
	u := notAfter.UTC()
	if u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0 {
		u = u.Add(-time.Nanosecond)
	}
	return DateOf(u)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after o.
func (d Date) Compare(o Date) int {
	return cmp.Or(cmp.Compare(d.Year, o.Year), cmp.Compare(d.Month, o.Month), cmp.Compare(d.Day, o.Day))
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// String returns d in ISO 8601 form, "2025-10-14", or "" for the zero Date.
func (d Date) String() string {
	if d == (Date{}) {
		return ""
	}
	return string(d.AppendTo(make([]byte, 0, 10)))
}

// AppendTo appends the ISO 8601 form of d to dst.
func (d Date) AppendTo(dst []byte) []byte {
	if d == (Date{}) {
		return dst
	}
	dst = appendZeroPadded(dst, d.Year, 4)
	dst = append(dst, '-')
	dst = appendZeroPadded(dst, int(d.Month), 2)
	dst = append(dst, '-')
	return appendZeroPadded(dst, d.Day, 2)
}

func appendZeroPadded(dst []byte, v, width int) []byte {
	if v < 0 {
		dst = append(dst, '-')
		v = -v
	}
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

// ErrDate reports a date that is not a valid YYYY-MM-DD calendar day.
var ErrDate = errors.New("invalid date, want YYYY-MM-DD")

// ParseDate parses an ISO 8601 calendar date "2006-01-02". The day must exist
// (2025-02-29 is rejected). Failures wrap [ErrDate].
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, dateError(s)
	}
	y, ok1 := atoiDigits(s[0:4])
	m, ok2 := atoiDigits(s[5:7])
	dd, ok3 := atoiDigits(s[8:10])
	d := Date{y, time.Month(m), dd}
	if !ok1 || !ok2 || !ok3 || !d.IsValid() {
		return Date{}, dateError(s)
	}
	return d, nil
}

func atoiDigits(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

func dateError(s string) error {
	return &DateError{Input: s}
}

// DateError reports an input that [ParseDate] rejected. It wraps [ErrDate].
type DateError struct {
	Input string // the text ParseDate rejected, as given
}

// Error returns a message naming the input.
func (e *DateError) Error() string {
	return "version.ParseDate(" + strconv.Quote(e.Input) + "): " + ErrDate.Error()
}

// Unwrap returns [ErrDate].
func (e *DateError) Unwrap() error { return ErrDate }

// MarshalText implements encoding.TextMarshaler; the zero Date gives "".
func (d Date) MarshalText() ([]byte, error) {
	if d != (Date{}) && !d.IsValid() {
		return nil, dateError(d.String())
	}
	return d.AppendTo(nil), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDate]; an
// empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	return textform.Unmarshal(d, text, ParseDate)
}
