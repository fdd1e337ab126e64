package clixml

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
)

// Time returns the time of a DT. .NET writes a DateTime as xs:dateTime
// with an offset or Z for a local or UTC time, and with none for
// DateTimeKind.Unspecified (0001-01-01T00:00:00, DateTime.MinValue, marks
// an unset date in Exchange's objects); Time reads the latter in UTC. It
// fails for another kind and for a year Go's time package does not
// parse.
func (v Value) Time() (time.Time, error) {
	if v.kind != DateTime {
		return time.Time{}, &Error{Kind: ErrValue, Msg: "Time of a " + v.kind.String()}
	}
	s := strings.TrimSpace(v.text)
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t, err = time.ParseInLocation("2006-01-02T15:04:05.999999999", s, time.UTC)
	}
	if err != nil {
		return time.Time{}, &Error{Kind: ErrValue, Msg: "DT " + strconv.Quote(s) + ": " + err.Error()}
	}
	return t, nil
}

var errDurationRange = errors.New("out of the range of a time.Duration")

// Duration returns the length of a TS, the xs:duration that .NET writes
// for a TimeSpan (PT2M, -P63DT18H18M53.7954140S): days, hours, minutes and
// seconds, down to the nanosecond. A duration in years or months, which a
// TimeSpan never is, is an error, as is one beyond a time.Duration's ±292
// years.
func (v Value) Duration() (time.Duration, error) {
	fail := func(err error) (time.Duration, error) {
		return 0, &Error{Kind: ErrValue, Msg: "TS " + strconv.Quote(v.text) + ": " + err.Error()}
	}
	if v.kind != Duration {
		return 0, &Error{Kind: ErrValue, Msg: "Duration of a " + v.kind.String()}
	}
	s := strings.TrimSpace(v.text)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "P")
	var total float64
	inTime := false
	for s != "" {
		if s[0] == 'T' {
			inTime, s = true, s[1:]
			continue
		}
		i := strings.IndexAny(s, "YMDHS")
		if i <= 0 {
			return fail(errors.New("not an xs:duration"))
		}
		n, err := strconv.ParseFloat(s[:i], 64)
		if err != nil {
			return fail(err)
		}
		unit := map[byte]float64{'D': 24 * 3600, 'H': 3600, 'S': 1}[s[i]]
		switch {
		case s[i] == 'M' && inTime:
			unit = 60
		case s[i] == 'Y' || s[i] == 'M':
			return fail(errors.New("years and months have no fixed length"))
		}
		total += n * unit * 1e9
		s = s[i+1:]
	}
	if total >= math.MaxInt64 {
		return fail(errDurationRange)
	}
	d := time.Duration(math.Round(total))
	if neg {
		d = -d
	}
	return d, nil
}
