using System.Reflection;
using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Lettings.Tests.Admin.ListIndexes;

/// <summary>
/// Every query shape of the four back-office lists, discovered from the pages themselves: their default order, each
/// column header's sort both ways, and each filter with each of the values it offers (a filter bound to its
/// <c>[BindProperty(Name = …)]</c> property). The SQL is the page's own <see cref="AdminListPage{TRow}.Query"/> for
/// page 2, as EF Core builds it (the same text <c>ToQueryString()</c> shows, with its parameters bound).
/// </summary>
internal static class ListShapes
{
    /// <summary>The column each filter compares, which an index must serve.</summary>
    private static readonly Dictionary<string, string> s_filterColumns = new(StringComparer.Ordinal)
    {
        ["state"] = "State",
        ["city"] = "City",
        ["country"] = "CountryIsoCode",
        ["favorite"] = "FavoriteCity",
        ["active"] = "IsActive",
        ["staff"] = "NormalizedName",
        ["administrator"] = "NormalizedName",
    };

    public static async Task<IReadOnlyList<ListShape>> AllAsync(LettingsDbContext db)
    {
        var clock = TimeProvider.System;
        var lists = new (string Name, Func<IAdminListQuery> Create)[]
        {
            ("lettings", () => new AdminListQuery<Web.Admin.Lettings.IndexModel, Web.Admin.Lettings.LettingRow>(new(db, clock))),
            ("addresses", () => new AdminListQuery<Web.Admin.Addresses.IndexModel, Web.Admin.Addresses.AddressRow>(new(db, clock))),
            ("profiles", () => new AdminListQuery<Web.Admin.Profiles.IndexModel, Web.Admin.Profiles.ProfileRow>(new(db, clock))),
            ("users", () => new AdminListQuery<Web.Admin.Users.IndexModel, Web.Admin.Users.UserRow>(new(db, clock))),
        };

        var shapes = new List<ListShape>();
        foreach (var (name, create) in lists)
        {
            var probe = create();
            await probe.LoadAsync();
            shapes.Add(new(name, "default order", create().Command(), null));
            foreach (var header in probe.Page.Headers)
            {
                foreach (var sort in new[] { header.Key, "-" + header.Key })
                {
                    var sorted = create();
                    sorted.Page.List.Sort = sort;
                    shapes.Add(new(name, $"o={sort}", sorted.Command(), null));
                }
            }

            foreach (var filter in probe.Page.Filters)
            {
                Assert.True(s_filterColumns.TryGetValue(filter.Name, out var column), $"The {name} list's filter {filter.Name} has no column here.");
                Assert.NotEmpty(filter.Choices);
                foreach (var choice in filter.Choices.Take(2))
                {
                    var filtered = create();
                    filtered.Filter(filter.Name, choice.Value);
                    shapes.Add(new(name, $"{filter.Name}={choice.Value}", filtered.Command(), column));
                }
            }
        }

        return shapes;
    }

    private interface IAdminListQuery
    {
        IAdminList Page { get; }

        Task LoadAsync();

        void Filter(string name, string value);

        System.Data.Common.DbCommand Command();
    }

    private sealed class AdminListQuery<TPage, TRow>(TPage page) : IAdminListQuery
        where TPage : AdminListPage<TRow>
    {
        public IAdminList Page => page;

        /// <summary>Runs the page's GET handler, which reads its filters' choices.</summary>
        public Task LoadAsync() =>
            (Task)typeof(TPage).GetMethod("OnGetAsync")!.Invoke(page, [CancellationToken.None])!;

        public void Filter(string name, string value)
        {
            var property = typeof(TPage).GetProperties()
                .Single(p => p.GetCustomAttribute<BindPropertyAttribute>()?.Name == name);
            property.SetValue(page, property.PropertyType == typeof(bool?) ? bool.Parse(value) : value);
        }

        public System.Data.Common.DbCommand Command() => page.Query().PageAt(2).CreateDbCommand();
    }
}
