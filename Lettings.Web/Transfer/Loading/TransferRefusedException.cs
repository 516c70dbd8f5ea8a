namespace Lettings.Web.Transfer.Loading;

/// <summary>
/// An import or export that cannot go ahead, with what an operator needs to fix it (the table, the record's id,
/// the rule). Nothing has been written when it is thrown out of an import: the transaction is rolled back.
/// </summary>
public sealed class TransferRefusedException(string message, IReadOnlyList<string>? problems = null) : Exception(message)
{
    /// <summary>One line per broken record, when the refusal is about records.</summary>
    public IReadOnlyList<string> Problems { get; } = problems ?? [];
}
