namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>A mirror refused or failed in a way its owner can act on. The message is shown as it is: never put a credential in it.</summary>
public sealed class RemoteException(string message, Exception? inner = null) : Exception(message, inner);
