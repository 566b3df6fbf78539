package app

import (
	"fmt"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/octollm/octollm/internal/auth"
)

func newKeysCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "keys", Short: "Create, list and revoke API keys (admin key required)"}

	var name, scopes string
	var asJSON bool
	create := &cobra.Command{
		Use:   "create",
		Short: "Create an API key; the key is printed once and cannot be shown again",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			var out auth.KeyView
			body := map[string]any{"name": name, "scopes": strings.Split(scopes, ",")}
			if err := c.Do(cmd.Context(), "POST", "/api/v1/keys", body, &out); err != nil {
				return err
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), out)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "id:     %s\nname:   %s\nscopes: %s\nkey:    %s\n(store the key now: it is not shown again)\n",
				out.ID, out.Name, strings.Join(out.Scopes, ","), out.Key)
			return nil
		},
	}
	create.Flags().StringVar(&name, "name", "", "name of the key (required)")
	create.Flags().StringVar(&scopes, "scopes", "", "comma-separated scopes: "+strings.Join(auth.AllScopes(), ","))
	create.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	_ = create.MarkFlagRequired("name")
	_ = create.MarkFlagRequired("scopes")

	list := &cobra.Command{
		Use:   "list",
		Short: "List API keys",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			var out struct {
				Keys []auth.KeyView `json:"keys"`
			}
			if err := c.Do(cmd.Context(), "GET", "/api/v1/keys", nil, &out); err != nil {
				return err
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), out)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tPREFIX\tSCOPES\tCREATED\tSTATE")
			for _, k := range out.Keys {
				state := "active"
				if k.RevokedAt != nil {
					state = "revoked " + k.RevokedAt.Format(time.RFC3339)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s…\t%s\t%s\t%s\n", k.ID, k.Name, k.Prefix, strings.Join(k.Scopes, ","), k.CreatedAt.Format(time.RFC3339), state)
			}
			return tw.Flush()
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON")

	revoke := &cobra.Command{
		Use:   "revoke ID",
		Short: "Revoke an API key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			if err := c.Do(cmd.Context(), "DELETE", "/api/v1/keys/"+url.PathEscape(args[0]), nil, nil); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "revoked %s\n", args[0])
			return nil
		},
	}
	cmd.AddCommand(create, list, revoke)
	return cmd
}
