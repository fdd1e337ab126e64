// Package settingdiff collects the names of the settings that differ
// between an object that exists and the one a deployment wants: the one
// collector of transport's and federation's Diff functions and of
// hybrid's comparison of the HybridConfiguration.
package settingdiff

// Names collects the names of the settings that differ, in the order
// they are checked. The zero Names is empty and ready to use.
type Names struct{ names []string }

// Check adds name when same is false.
func (d *Names) Check(name string, same bool) {
	if !same {
		d.names = append(d.names, name)
	}
}

// List returns the names added, or nil when every setting was the same.
func (d *Names) List() []string { return d.names }
