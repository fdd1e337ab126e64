package strictjson

import "strconv"

// Paths are written like Go selectors and index expressions:
// certificate.names[0], servers[2]["odd name"].

// childPath extends path by a field name, quoting names that would not
// read as one field: `servers[0]["odd name"]`.
func childPath(path, name string) string {
	switch {
	case !isIdentifier(name):
		return path + "[" + strconv.Quote(name) + "]"
	case path == "":
		return name
	}
	return path + "." + name
}

// indexPath extends path by a list index.
func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}
