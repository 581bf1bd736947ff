const id=256,ids=[256],modules={6256:(module=>{module.exports=eval("require")("kerberos")})};export{id,ids,modules};
